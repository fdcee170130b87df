// Registers <news-mark>. Loading this module (or the classic build) twice,
// or both, is harmless: the first registration wins.
import { NewsMarkElement } from './element.js';

if (!customElements.get('news-mark')) customElements.define('news-mark', NewsMarkElement);

export { NewsMarkElement };
