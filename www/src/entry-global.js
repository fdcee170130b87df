// The classic-script build: registers <news-mark> and exposes the class as
// window.NewsMark.NewsMarkElement.
export { NewsMarkElement } from './define.js';
