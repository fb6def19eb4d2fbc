//! Tests of the token estimate: pieces, the reference count, reused line estimates.

use super::*;

#[test]
fn words_digits_and_symbols_are_counted_by_piece() {
    let o200k = TokenCounter::new(TokenizerChoice::O200k);
    assert_eq!(o200k.count("Hello world"), 2);
    assert_eq!(o200k.count("1234567"), 3, "digits go by three");
    assert_eq!(o200k.count("😀"), 4, "a byte a token for a symbol");
    assert_eq!(o200k.count(""), 0);
}

/// The counter as first written (a copy of the text as characters): the
/// in-place one must give the same count on any text.
fn reference_count(w: &Weights, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut total = 0.0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if is_latin_letter(c) || c.is_ascii_digit() {
            while i < chars.len() && (is_latin_letter(chars[i]) || chars[i].is_ascii_digit()) {
                i += 1;
            }
            total += reference_alphanumeric(&chars[start..i], w);
        } else if c == ' ' {
            while i < chars.len() && chars[i] == ' ' {
                i += 1;
            }
            let joins_next = i - start == 1 && chars.get(i).is_some_and(|n| n.is_alphanumeric());
            total += if joins_next { 0.0 } else { 1.0 };
        } else if c.is_ascii_whitespace() {
            while i < chars.len() && chars[i].is_ascii_whitespace() {
                i += 1;
            }
            total += 1.0;
        } else if c.is_ascii() {
            while i < chars.len() && chars[i].is_ascii() && is_punctuation(chars[i]) {
                i += 1;
            }
            total += (as_f64(i - start) / w.punctuation).ceil();
        } else {
            i += 1;
            total += if c.is_alphabetic() {
                w.other_script
            } else {
                as_f64(c.len_utf8())
            };
        }
    }
    #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let count = total.ceil() as usize;
    count
}

fn reference_alphanumeric(run: &[char], w: &Weights) -> f64 {
    let digits = run.iter().filter(|c| c.is_ascii_digit()).count();
    let capitals = run.iter().skip(1).filter(|c| c.is_uppercase()).count();
    let code = (digits > 0 && digits < run.len()) || capitals > 1;
    let mut total = 0.0;
    for part in run.chunk_by(|a, b| a.is_ascii_digit() == b.is_ascii_digit()) {
        total += if part[0].is_ascii_digit() {
            (as_f64(part.len()) / 3.0).ceil()
        } else if code {
            (as_f64(part.len()) / 1.5).ceil()
        } else {
            let accents = part.iter().filter(|c| !c.is_ascii()).count();
            word(part.len(), w) + as_f64(accents) * w.accent + as_f64(capitals) * w.capital
        };
    }
    total
}

proptest::proptest! {
    #[test]
    fn the_in_place_count_is_the_reference_count(text in "(?s).{0,300}", mixed in "[a-zA-Z0-9éÉ ,.!?\\n\\t😀я中-]{0,300}", ascii in "[ -~\\n\\t]{0,300}") {
        for family in [TokenizerChoice::O200k, TokenizerChoice::Cl100k] {
            let counter = TokenCounter::new(family);
            for sample in [&text, &mixed, &ascii] {
                proptest::prop_assert_eq!(counter.count(sample), reference_count(&counter.weights, sample));
            }
        }
    }
}

#[test]
fn the_in_place_count_is_the_reference_count_on_the_shipped_prompts() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts");
    let mut checked = 0;
    for folder in ["orchestrator", "closing_detector", "summarizer"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for family in [TokenizerChoice::O200k, TokenizerChoice::Cl100k] {
                let counter = TokenCounter::new(family);
                assert_eq!(
                    counter.count(&text),
                    reference_count(&counter.weights, &text)
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "the shipped prompts are read");
}

#[test]
fn the_limit_keeps_the_margin() {
    let budget = Budget::new(1000, TokenCounter::new(TokenizerChoice::O200k));
    assert_eq!(budget.limit(), 950);
    assert_eq!(budget.excess("word ".repeat(960).trim_end()), 10);
}

/// `prefix`, the lines joined by line breaks, `suffix`; counted whole and with
/// the lines' estimates reused (including some not in the text at all).
fn reused_and_whole(
    counter: &TokenCounter,
    prefix: &str,
    lines: &[String],
    suffix: &str,
) -> (usize, usize) {
    let text = format!("{prefix}{}{suffix}", lines.join("\n"));
    let stray = "[client] (neutral, calm): not in the prompt".to_owned();
    let known: Vec<(&str, f64)> = std::iter::once(&stray)
        .chain(lines)
        .map(|line| (line.as_str(), counter.raw(line)))
        .collect();
    (counter.count_with_lines(&text, known), counter.count(&text))
}

proptest::proptest! {
    #[test]
    fn reusing_the_lines_estimates_gives_the_same_count(
        prefix in "[a-zA-Zé ,.:\\n\\t]{0,40}",
        lines in proptest::collection::vec("[a-zA-Z0-9éÉ ,.!?\\t😀я\\[\\]():-]{0,40}", 0..8),
        suffix in "[a-zA-Z0-9é ,.\\n\\t]{0,40}",
    ) {
        for family in [TokenizerChoice::O200k, TokenizerChoice::Cl100k] {
            let counter = TokenCounter::new(family);
            let (reused, whole) = reused_and_whole(&counter, &prefix, &lines, &suffix);
            proptest::prop_assert_eq!(reused, whole);
        }
    }
}

#[test]
fn a_prompt_s_context_lines_are_reused_and_the_count_stays_exact() {
    let counter = TokenCounter::new(TokenizerChoice::Cl100k);
    let lines: Vec<String> = (0..50)
        .map(|i| format!("[client] (negative, annoyed): message {i}, that's too expensive  for us"))
        .collect();
    let prefix = "You are a sales coach.\nConversation so far:\n";
    let suffix = "\n\nLast message: okay.\nAnswer in JSON.";
    let (reused, whole) = reused_and_whole(&counter, prefix, &lines, suffix);
    assert_eq!(reused, whole);
    // Every line's kept estimate is used: told each is 100 more, the count says so.
    let text = format!("{prefix}{}{suffix}", lines.join("\n"));
    let inflated = lines.iter().map(|l| (l.as_str(), counter.raw(l) + 100.0));
    assert_eq!(counter.count_with_lines(&text, inflated), whole + 100 * 50);
    // Lines with white space at an edge are counted in place, not reused.
    let edgy = vec![
        " leading".to_owned(),
        "trailing ".to_owned(),
        "\tboth\t".to_owned(),
    ];
    let (reused, whole) = reused_and_whole(&counter, "x\n", &edgy, "");
    assert_eq!(reused, whole);
}

/// `lines` joined by line breaks, and each line as a known part.
fn with_known_lines(counter: &TokenCounter, lines: &[String]) -> (String, Vec<KnownPart>) {
    let mut text = String::new();
    let mut known = Vec::new();
    for line in lines {
        known.push(KnownPart {
            at: text.len(),
            len: line.len(),
            raw: counter.raw(line),
        });
        text.push_str(line);
        text.push('\n');
    }
    (text, known)
}

proptest::proptest! {
    #[test]
    fn no_text_is_estimated_above_its_length_in_bytes(text in "(?s).{0,300}", mixed in "[a-zA-Z0-9éÉ ,.!?\\n\\t😀я中-]{0,300}") {
        for counter in TokenCounter::families() {
            for sample in [&text, &mixed] {
                proptest::prop_assert!(counter.raw(sample) <= as_f64(sample.len()));
            }
        }
    }

    #[test]
    fn the_bound_never_changes_the_excess(
        lines in proptest::collection::vec("[a-zA-Z0-9éÉ ,.!?\\t😀я\\[\\]():-]{0,60}", 0..12),
        tokens in 1usize..400,
    ) {
        for counter in TokenCounter::families() {
            let (text, mut known) = with_known_lines(&counter, &lines);
            let budget = Budget::new(tokens, counter);
            proptest::prop_assert_eq!(budget.excess_known(&text, &mut known), budget.excess(&text));
            proptest::prop_assert_eq!(counter.count_known(&text, &mut known), counter.count(&text));
        }
    }
}
