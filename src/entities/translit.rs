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
}

fn romanize_word(w: &str) -> String {
    let chars: Vec<char> = w
        .chars()
        .filter(|c| !matches!(c, '\u{200C}' | '\u{200D}'))
        .collect();
    let mut syls: Vec<Syl> = Vec::new();
    let mut i = 0;
    let mut other = String::new();
    while i < chars.len() {
        let c = chars[i];
        if let Some(v) = vowel(c) {
            syls.push(Syl {
                cons: String::new(),
                vowel: Some(v),
                dead: false,
                nasal: false,
                cluster: false,
            });
            i += 1;
        } else if let Some(mut k) = consonant(c) {
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
                let cluster = !other.is_empty();
                let mut cons = std::mem::take(&mut other);
                cons.push_str(k);
                syls.push(Syl {
                    cons,
                    vowel: None,
                    dead: true,
                    nasal: false,
                    cluster,
                });
                continue;
            }
            let cluster = !other.is_empty();
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
                cluster,
            });
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
                // than one syllable, and between a vowel-bearing syllable and
                // a consonant with its vowel.
                let last = k + 1 == n;
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

/// `name` as an English canonical: Devanagari words romanised, every word
/// capitalised, spaces normalised.
pub(crate) fn canonical(name: &str) -> String {
    let mut out = String::new();
    for word in name
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '–' | '—'))
        .filter(|w| !w.is_empty())
    {
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
    use super::canonical;

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
        ] {
            assert_eq!(canonical(hi), en, "{hi}");
        }
    }
}
