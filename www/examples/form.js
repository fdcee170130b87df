// Keeps <news-mark> in step with the story field; the form submits the
// element's value (the accepted tags, as JSON) under its name, "tags".
const body = document.getElementById('body');
const tagger = document.getElementById('tagger');
tagger.text = body.value;
body.addEventListener('change', () => { tagger.text = body.value; });
