//! A canonical name for a name the knowledge base lacks: Devanagari
//! romanised the way Hindi names are usually written in English (no
//! diacritics, final and medial schwa dropped), Latin title-cased.

const VIRAMA: char = '\u{094D}';

fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ञ' => "n",
        'ट' => "t",
        'ठ' => "th",
        'ड' => "d",
        'ढ' => "dh",
        'ण' => "n",
        'त' => "t",
        'थ' => "th",
        'द' => "d",
        'ध' => "dh",
        'न' | 'ऩ' => "n",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' => "y",
        'र' | 'ऱ' => "r",
        'ल' => "l",
        'ळ' => "l",
        'व' => "v",
        'श' => "sh",
        'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        '\u{0958}' => "q",
        '\u{0959}' => "kh",
        '\u{095A}' => "g",
        '\u{095B}' => "z",
        '\u{095C}' => "r",
        '\u{095D}' => "rh",
        '\u{095E}' => "f",
        '\u{095F}' => "y",
        _ => return None,
    })
}

/// With a nukta after it.
fn nukta(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "q",
        'ख' => "kh",
        'ग' => "g",
        'ज' => "z",
        'ड' => "r",
        'ढ' => "rh",
        'फ' => "f",
        _ => return None,
    })
}

fn vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' => "a",
        'आ' => "a",
        'इ' | 'ई' => "i",
        'उ' | 'ऊ' => "u",
        'ऋ' => "ri",
        'ए' | 'ऍ' => "e",
        'ऐ' => "ai",
        'ओ' | 'ऑ' => "o",
        'औ' => "au",
        _ => return None,
    })
}

fn sign(c: char) -> Option<&'static str> {
    Some(match c {
        'ा' => "a",
        'ि' | 'ी' => "i",
        'ु' | 'ू' => "u",
        'ृ' => "ri",
        'े' | 'ॅ' => "e",
        'ै' => "ai",
        'ो' | 'ॉ' => "o",
        'ौ' => "au",
        _ => return None,
    })
}

/// One syllable: consonant cluster (or none) and its vowel.
struct Syl {
    cons: String,
    /// `None`: the inherent `a`.
    vowel: Option<&'static str>,
    /// Ends in a virama (no vowel at all).
    dead: bool,
    nasal: bool,
    /// Starts with a consonant cluster.
    cluster: bool,
    /// Keeps its inherent `a` at the end of a word: a cluster of three
    /// consonants (`महेन्द्र`), or of two that does not start with `र` or a
    /// nasal (`शुक्ल`, `मिश्र`; but `हर्ष`, `आनन्द`).
    sounded_at_end: bool,
}

/// Does a syllable starting with the consonant cluster `cluster` keep its
/// inherent vowel at the end of a word?
fn sounded_at_end(cluster: &[char]) -> bool {
    match cluster {
        [first, _] => !matches!(first, 'र' | 'न' | 'म' | 'ण' | 'ङ' | 'ञ'),
        [_, _, _, ..] => true,
        _ => false,
    }
}

fn romanize_word(w: &str) -> String {
    let chars: Vec<char> = w
        .chars()
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
        .collect();
    let mut syls: Vec<Syl> = Vec::new();
    let mut i = 0;
    let mut other = String::new();
    // The Devanagari consonants of `other`, and the one being read.
    let mut cluster: Vec<char> = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        if let Some(v) = vowel(c) {
            syls.push(Syl {
                cons: String::new(),
                vowel: Some(v),
                dead: false,
                nasal: false,
                cluster: false,
                sounded_at_end: false,
            });
            i += 1;
        } else if let Some(mut k) = consonant(c) {
            cluster.push(c);
            if chars.get(i + 1) == Some(&'\u{093C}') {
                k = nukta(c).unwrap_or(k);
                i += 1;
            }
            i += 1;
            if chars.get(i) == Some(&VIRAMA) {
                i += 1;
                // A cluster: the consonant joins the next syllable if one follows.
                if i < chars.len() && consonant(chars[i]).is_some() {
                    other.push_str(k);
                    continue;
                }
                let mut cons = std::mem::take(&mut other);
                cons.push_str(k);
                syls.push(Syl {
                    cons,
                    vowel: None,
                    dead: true,
                    nasal: false,
                    cluster: cluster.len() > 1,
                    sounded_at_end: false,
                });
                cluster.clear();
                continue;
            }
            let mut cons = std::mem::take(&mut other);
            cons.push_str(k);
            let v = chars.get(i).and_then(|&s| sign(s));
            if v.is_some() {
                i += 1;
            }
            syls.push(Syl {
                cons,
                vowel: v,
                dead: false,
                nasal: false,
                cluster: cluster.len() > 1,
                sounded_at_end: sounded_at_end(&cluster),
            });
            cluster.clear();
        } else if matches!(c, 'ं' | 'ँ') {
            if let Some(s) = syls.last_mut() {
                s.nasal = true;
            }
            i += 1;
        } else if c == 'ः' {
            if let Some(s) = syls.last_mut() {
                s.cons.push('h');
            }
            i += 1;
        } else {
            if let Some(d) = c.to_digit(10) {
                syls.push(Syl {
                    cons: char::from(b'0' + d as u8).to_string(),
                    vowel: None,
                    dead: true,
                    nasal: false,
                    cluster: false,
                    sounded_at_end: false,
                });
            }
            i += 1;
        }
    }
    let n = syls.len();
    let mut out = String::new();
    for k in 0..n {
        let s = &syls[k];
        out.push_str(&s.cons);
        if s.dead {
            continue;
        }
        match s.vowel {
            Some(v) => out.push_str(v),
            None => {
                // The inherent vowel is silent at the end of a word of more
                // than one syllable (after most clusters too), and between a
                // vowel-bearing syllable and a consonant with its vowel.
                let last = k + 1 == n && !s.sounded_at_end;
                let medial = k > 0
                    && !s.cluster
                    && k + 1 < n
                    && !syls[k - 1].dead
                    && !syls[k + 1].cons.is_empty()
                    && !syls[k + 1].cluster
                    && (syls[k + 1].vowel.is_some() || k + 2 < n)
                    && !s.nasal;
                if !((last && n > 1) || medial) {
                    out.push('a');
                }
            }
        }
        if s.nasal {
            let next = syls.get(k + 1).map(|x| x.cons.as_str()).unwrap_or("");
            out.push_str(if next.starts_with(['p', 'b', 'm']) {
                "m"
            } else if next.starts_with('h') {
                "ng"
            } else {
                "n"
            });
        }
    }
    out
}

/// Hindi names of the Latin letters, as acronyms and initials are spelt
/// out in Devanagari (`आरबीआई` = RBI, `पीपी पांडे` = PP Pande).
const LETTER_NAMES: [(&str, char); 30] = [
    ("ए", 'A'),
    ("बी", 'B'),
    ("सी", 'C'),
    ("डी", 'D'),
    ("ई", 'E'),
    ("एफ", 'F'),
    ("जी", 'G'),
    ("एच", 'H'),
    ("आई", 'I'),
    ("जे", 'J'),
    ("के", 'K'),
    ("एल", 'L'),
    ("एम", 'M'),
    ("एन", 'N'),
    ("ओ", 'O'),
    ("पी", 'P'),
    ("क्यू", 'Q'),
    ("आर", 'R'),
    ("एस", 'S'),
    ("टी", 'T'),
    ("यू", 'U'),
    ("वी", 'V'),
    ("डब्ल्यू", 'W'),
    ("डब्लू", 'W'),
    ("एक्स", 'X'),
    ("वाई", 'Y'),
    ("ज़ेड", 'Z'),
    ("जेड", 'Z'),
    ("ज़ी", 'Z'),
    ("जी़", 'Z'),
];

/// The Latin letters `word` spells if it is two or more Latin letter names
/// written in Devanagari (`ईबीआरडी` → `EBRD`), else `None`.
pub(crate) fn spelled_letters(word: &str) -> Option<String> {
    fn spell(w: &str, out: &mut String) -> bool {
        if w.is_empty() {
            return true;
        }
        // Past a dozen letters it is no acronym (and the search stays short).
        if out.len() >= 12 {
            return false;
        }
        for (name, letter) in LETTER_NAMES {
            if let Some(rest) = w.strip_prefix(name) {
                out.push(letter);
                if spell(rest, out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
    let mut out = String::new();
    (spell(word, &mut out) && out.len() >= 2).then_some(out)
}

/// `name` as an English canonical: Devanagari words romanised, every word
/// capitalised, spaces normalised.
pub(crate) fn canonical(name: &str) -> String {
    let mut out = String::new();
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .collect();
    for (k, &word) in words.iter().enumerate() {
        // Initials stand before a surname, and an acronym alone; a last
        // name that happens to read as letter names is a name (`बीटी`).
        let initials = k + 1 < words.len() || words.len() == 1;
        if let Some(letters) = spelled_letters(word).filter(|_| initials) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&letters);
            continue;
        }
        let roman = if word.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)) {
            romanize_word(word)
        } else {
            word.to_string()
        };
        if roman.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let all_caps = roman
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && roman.chars().count() > 4;
        let mut chars = roman.chars();
        if let Some(f) = chars.next() {
            out.extend(f.to_uppercase());
            if all_caps {
                out.extend(chars.flat_map(char::to_lowercase));
            } else {
                out.push_str(chars.as_str());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{canonical, spelled_letters};

    #[test]
    fn spelled_letters_read_only_whole_words_of_letter_names() {
        assert_eq!(spelled_letters("ईबीआरडी").as_deref(), Some("EBRD"));
        assert_eq!(spelled_letters("डब्ल्यूएचओ").as_deref(), Some("WHO"));
        // One letter, or a word that is not all letter names.
        for word in ["पी", "पांडे", "सीता", "आरती", "एकता"] {
            assert_eq!(spelled_letters(word), None, "{word}");
        }
    }

    #[test]
    fn romanises_hindi_names() {
        for (hi, en) in [
            ("कांग सुन नाम", "Kang Sun Nam"),
            ("राजनाथ सिंह", "Rajnath Singh"),
            ("अमित शाह", "Amit Shah"),
            ("ज़ेलेंस्की", "Zelenski"),
            ("दिल्ली", "Dilli"),
            ("मोहम्मद", "Mohammad"),
            ("Tejashwi yadav", "Tejashwi Yadav"),
            ("KOREA", "Korea"),
            ("NSE", "NSE"),
            // The inherent vowel after a final cluster.
            ("राजीव शुक्ल", "Rajiv Shukla"),
            ("महेन्द्र मिश्र", "Mahendra Mishra"),
            ("हर्ष आनन्द", "Harsh Anand"),
            // Initials and acronyms spelt out in Devanagari.
            ("पीपी पांडे", "PP Pande"),
            ("डीएच गोस्वामी", "DH Gosvami"),
            ("एनसीईआरटी", "NCERT"),
            ("वॉरेन बीटी", "Voren Biti"),
        ] {
            assert_eq!(canonical(hi), en, "{hi}");
        }
    }
}
