// UI strings in English and Hindi. Only these fixed strings (with numbers
// filled in) are ever shown as UI text; article text is never looked up here.

const STRINGS = {
  en: {
    'type.PER': 'People', 'type.LOC': 'Places', 'type.ORG': 'Organisations', 'type.DATE': 'Dates', 'type.NUM': 'Numbers',
    'one.PER': 'person', 'one.LOC': 'place', 'one.ORG': 'organisation', 'one.DATE': 'date', 'one.NUM': 'number',
    'reason.headline': 'headline', 'reason.dateline': 'dateline', 'reason.body': 'body', 'reason.subheading': 'subheading',
    'reason.kept': 'kept by you', 'reason.dropped': 'dropped by you', 'reason.related-list': 'related stories', 'reason.read-more': 'read-more link',
    'reason.prompt': 'call to act', 'reason.furniture': 'site furniture', 'reason.tag-line': 'tag line',
    'reason.image': 'image', 'reason.code': 'code', 'reason.url': 'bare link', 'reason.duplicate': 'repeat',
    legend: 'Entity types', boilerplate: 'Boilerplate lines', 'mode.hide': 'Hide', 'mode.dim': 'Dim', 'mode.show': 'Show',
    keep: 'Keep', drop: 'Drop', undo: 'Undo', redo: 'Redo', tags: 'Tags', noTags: 'No tags yet.',
    addAs: 'Add as', editEntity: 'Edit entity', type: 'Type', canonical: 'Canonical name',
    save: 'Save', remove: 'Remove', cancel: 'Cancel', previous: 'Previous', next: 'Next',
    mention: 'Mention {n} of {total}', annotating: 'Annotating… {percent}%', rendering: 'Showing…',
    hiddenLines: '{n} boilerplate lines hidden',
    summary: '{entities} entities: {per} people, {loc} places, {org} organisations, {date} dates, {num} numbers. {boiler} of {lines} lines are boilerplate.',
    markLabel: '{text}, {type}, {canonical}', lineKept: 'Line kept', lineDropped: 'Line dropped',
    addEntity: 'Add an entity', addEntityShort: '+ Entity',
    addHelp: 'Adding an entity: Left and Right arrows move by word, Shift with an arrow extends, Enter chooses the type, Escape cancels.',
    selected: 'Selected: “{text}”', added: 'Added “{text}” as {type}.', noWords: 'This line has no words to mark.',
    empty: 'Paste or load an article to see it annotated.',
    'error.too-large': 'The text is too long to annotate.', 'error.invalid-dictionary': 'The entity list has an error: {message}',
    'error.invalid-option': 'Invalid option: {message}', 'error.internal': 'Annotation failed: {message}',
    // The page around the element.
    title: 'newsmark: article and entities', intro: 'Paste a news page: newsmark marks the article, the site boilerplate around it, and the people, places, organisations, dates and numbers in it. Nothing leaves this page.',
    pasteLabel: 'Paste an article (text or HTML)', loadFile: 'Load a .txt or .html file', annotate: 'Annotate',
    copyText: 'Copy clean text', copied: 'Clean text copied.', exportLabel: 'Export',
    'export.json': 'JSON', 'export.displacy': 'displaCy', 'export.web-annotation': 'Web Annotation', 'export.ninjs': 'ninjs',
    customTitle: 'Custom entities', customHelp: 'One per line: name, type, canonical name[, Wikidata id], separated by tabs; or a JSON list of {name, label, canonical, id}.',
    customFile: 'Load a .tsv or .json file', remember: 'Remember this list in this browser', importList: 'Import',
    forgetList: 'Forget saved list', imported: '{n} custom entities added.', forgotten: 'Saved list removed from this browser.',
    language: 'Language', version: 'Core {version}',
  },
  hi: {
    'type.PER': 'व्यक्ति', 'type.LOC': 'स्थान', 'type.ORG': 'संगठन', 'type.DATE': 'तारीखें', 'type.NUM': 'संख्याएँ',
    'one.PER': 'व्यक्ति', 'one.LOC': 'स्थान', 'one.ORG': 'संगठन', 'one.DATE': 'तारीख', 'one.NUM': 'संख्या',
    'reason.headline': 'शीर्षक', 'reason.dateline': 'दिनांक पंक्ति', 'reason.body': 'मुख्य पाठ', 'reason.subheading': 'उपशीर्षक',
    'reason.kept': 'आपने रखी', 'reason.dropped': 'आपने हटाई', 'reason.related-list': 'संबंधित खबरें', 'reason.read-more': 'और पढ़ें लिंक',
    'reason.prompt': 'कार्रवाई का आग्रह', 'reason.furniture': 'साइट का ढाँचा', 'reason.tag-line': 'टैग पंक्ति',
    'reason.image': 'चित्र', 'reason.code': 'कोड', 'reason.url': 'अकेला लिंक', 'reason.duplicate': 'दोहराव',
    legend: 'इकाई के प्रकार', boilerplate: 'गैर-लेख पंक्तियाँ', 'mode.hide': 'छिपाएँ', 'mode.dim': 'धुंधली', 'mode.show': 'दिखाएँ',
    keep: 'रखें', drop: 'हटाएँ', undo: 'पूर्ववत करें', redo: 'फिर से करें', tags: 'टैग', noTags: 'अभी कोई टैग नहीं।',
    addAs: 'इस रूप में जोड़ें', editEntity: 'इकाई बदलें', type: 'प्रकार', canonical: 'मानक नाम',
    save: 'सहेजें', remove: 'हटाएँ', cancel: 'रद्द करें', previous: 'पिछला', next: 'अगला',
    mention: '{total} में से उल्लेख {n}', annotating: 'विश्लेषण हो रहा है… {percent}%', rendering: 'दिखाया जा रहा है…',
    hiddenLines: '{n} गैर-लेख पंक्तियाँ छिपी हैं',
    summary: '{entities} इकाइयाँ: {per} व्यक्ति, {loc} स्थान, {org} संगठन, {date} तारीखें, {num} संख्याएँ। {lines} में से {boiler} पंक्तियाँ गैर-लेख हैं।',
    markLabel: '{text}, {type}, {canonical}', lineKept: 'पंक्ति रखी गई', lineDropped: 'पंक्ति हटाई गई',
    addEntity: 'इकाई जोड़ें', addEntityShort: '+ इकाई',
    addHelp: 'इकाई जोड़ना: बाएँ और दाएँ तीर से एक-एक शब्द आगे-पीछे जाएँ, Shift के साथ तीर से चयन बढ़ाएँ, Enter से प्रकार चुनें, Escape से रद्द करें।',
    selected: 'चुना गया: “{text}”', added: '“{text}” {type} के रूप में जोड़ा गया।', noWords: 'इस पंक्ति में चिह्नित करने लायक कोई शब्द नहीं है।',
    empty: 'विश्लेषण देखने के लिए कोई खबर चिपकाएँ या फ़ाइल खोलें।',
    'error.too-large': 'पाठ विश्लेषण के लिए बहुत लंबा है।', 'error.invalid-dictionary': 'इकाई सूची में गलती है: {message}',
    'error.invalid-option': 'गलत विकल्प: {message}', 'error.internal': 'विश्लेषण नहीं हो सका: {message}',
    title: 'newsmark: खबर और इकाइयाँ', intro: 'कोई खबर का पेज चिपकाएँ: newsmark लेख, उसके आसपास की साइट सामग्री, और उसमें आए व्यक्ति, स्थान, संगठन, तारीखें और संख्याएँ चिह्नित करता है। कुछ भी इस पेज से बाहर नहीं जाता।',
    pasteLabel: 'खबर चिपकाएँ (पाठ या HTML)', loadFile: '.txt या .html फ़ाइल खोलें', annotate: 'विश्लेषण करें',
    copyText: 'साफ़ पाठ कॉपी करें', copied: 'साफ़ पाठ कॉपी हो गया।', exportLabel: 'निर्यात',
    'export.json': 'JSON', 'export.displacy': 'displaCy', 'export.web-annotation': 'Web Annotation', 'export.ninjs': 'ninjs',
    customTitle: 'अपनी इकाइयाँ', customHelp: 'हर पंक्ति में: नाम, प्रकार, मानक नाम[, Wikidata id], टैब से अलग; या {name, label, canonical, id} की JSON सूची।',
    customFile: '.tsv या .json फ़ाइल खोलें', remember: 'यह सूची इस ब्राउज़र में याद रखें', importList: 'जोड़ें',
    forgetList: 'सहेजी सूची भूलें', imported: '{n} इकाइयाँ जोड़ी गईं।', forgotten: 'सहेजी सूची इस ब्राउज़र से हटा दी गई।',
    language: 'भाषा', version: 'कोर {version}',
  },
};

export const LANGUAGES = Object.keys(STRINGS);

/** The UI language to use when none is set: Hindi for Hindi browsers, else English. */
export function defaultLanguage() {
  return (navigator.language || 'en').toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

/** The string `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang, key, params = {}) {
  const template = STRINGS[lang]?.[key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}
