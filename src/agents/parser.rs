//! Parsing an LLM's text into a suggestion or a closing assessment: plain JSON,
//! JSON in a ```json fence, or JSON surrounded by prose; then normalised (trimmed,
//! 2–3 questions, a confidence within 0..=1).
//!
//! The text is untrusted: one over [`MAX_ANSWER_BYTES`] is refused before any
//! parsing work, and the JSON is found in linear time ([`super::extract`]).

use serde_json::Value;

use super::extract::find_json_object;
use super::render::one_line;
use crate::domain::{ClosingAssessment, Suggestion};

/// Longest answer parsed, in bytes. A suggestion or an assessment takes a few
/// hundred bytes (OPENAI_MAX_TOKENS, 500 by default, is about 2 KB of text); a
/// longer answer is refused with [`ParseError::TooLong`] before any parsing work.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// Most questions kept.
pub const MAX_QUESTIONS: usize = 3;
/// Most signals kept.
pub const MAX_SIGNALS: usize = 10;
/// Longest question or direction kept, in characters.
pub const MAX_FIELD_CHARS: usize = 500;

/// Why a text is not a suggestion.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The answer is over [`MAX_ANSWER_BYTES`]: not parsed at all.
    #[error("the answer is {0} bytes long, over the {MAX_ANSWER_BYTES}-byte cap")]
    TooLong(usize),
    /// No JSON object could be found.
    #[error("no JSON object in the answer")]
    NoJson,
    /// A JSON object was found but lacks what a suggestion needs.
    #[error("the JSON is not a suggestion: {0}")]
    NotASuggestion(&'static str),
    /// A JSON object was found but lacks what a closing assessment needs.
    #[error("the JSON is not a closing assessment: {0}")]
    NotAnAssessment(&'static str),
}

/// Parses and normalises an LLM answer. A suggestion may come back with fewer
/// than two questions (one is accepted); the caller tops it up.
///
/// # Errors
/// [`ParseError`] when no suggestion can be read.
pub fn parse_suggestion(text: &str) -> Result<Suggestion, ParseError> {
    let value = object_in(text)?;
    let questions = strings(value.get("questions"), MAX_QUESTIONS);
    if questions.is_empty() {
        return Err(ParseError::NotASuggestion("no questions"));
    }
    let direction = value
        .get("recommended_direction")
        .and_then(Value::as_str)
        .map(clean)
        .filter(|d| !d.is_empty())
        .ok_or(ParseError::NotASuggestion("no recommended_direction"))?;
    Ok(Suggestion {
        questions,
        signals_detected: strings(value.get("signals_detected"), MAX_SIGNALS),
        recommended_direction: direction,
    })
}

/// Parses and normalises a closing detector's answer: the confidence is clamped
/// to `0..=1` (a number in a string is accepted), signals trimmed and deduplicated.
///
/// # Errors
/// [`ParseError`] when no assessment can be read.
pub fn parse_closing(text: &str) -> Result<ClosingAssessment, ParseError> {
    let value = object_in(text)?;
    let is_closing_opportunity = match value.get("is_closing_opportunity") {
        Some(Value::Bool(flag)) => *flag,
        Some(Value::String(flag)) if flag.eq_ignore_ascii_case("true") => true,
        Some(Value::String(flag)) if flag.eq_ignore_ascii_case("false") => false,
        _ => return Err(ParseError::NotAnAssessment("no is_closing_opportunity")),
    };
    let confidence = match value.get("confidence") {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(n)) => n.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|c| c.is_finite())
    .ok_or(ParseError::NotAnAssessment("no confidence"))?;
    let recommended_action = value
        .get("recommended_action")
        .and_then(Value::as_str)
        .map(clean)
        .unwrap_or_default();
    Ok(ClosingAssessment {
        is_closing_opportunity,
        confidence: confidence.clamp(0.0, 1.0),
        signals: strings(value.get("signals"), MAX_SIGNALS),
        recommended_action,
    })
}

/// The JSON object in an answer no longer than [`MAX_ANSWER_BYTES`].
fn object_in(text: &str) -> Result<Value, ParseError> {
    if text.len() > MAX_ANSWER_BYTES {
        return Err(ParseError::TooLong(text.len()));
    }
    find_json_object(text).object.ok_or(ParseError::NoJson)
}

/// Trimmed, non-empty, distinct strings of an array, at most `max`.
fn strings(value: Option<&Value>, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in value.and_then(Value::as_array).into_iter().flatten() {
        let Some(text) = item.as_str().map(clean).filter(|t| !t.is_empty()) else {
            continue;
        };
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&text)) {
            out.push(text);
        }
        if out.len() == max {
            break;
        }
    }
    out
}

/// Trimmed, on one line, at most [`MAX_FIELD_CHARS`] characters.
fn clean(text: &str) -> String {
    one_line(text, MAX_FIELD_CHARS).0
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{"questions":["What is your budget?","Who decides?"],"signals_detected":["budget"],"recommended_direction":"Qualify the budget."}"#;

    #[test]
    fn plain_json_parses() {
        let s = parse_suggestion(JSON).unwrap();
        assert_eq!(s.questions, vec!["What is your budget?", "Who decides?"]);
        assert_eq!(s.signals_detected, vec!["budget"]);
    }

    #[test]
    fn fenced_json_parses() {
        let text = format!("```json\n{JSON}\n```");
        assert_eq!(
            parse_suggestion(&text).unwrap(),
            parse_suggestion(JSON).unwrap()
        );
    }

    #[test]
    fn json_inside_prose_parses_even_with_braces_in_strings() {
        let tricky =
            r#"{"questions":["Is {this} ok?","And }that{?"],"recommended_direction":"Go."}"#;
        let text = format!("Sure! Here is my analysis: {tricky} Hope it helps {{:}}");
        let s = parse_suggestion(&text).unwrap();
        assert_eq!(s.questions, vec!["Is {this} ok?", "And }that{?"]);
        assert!(s.signals_detected.is_empty());
    }

    #[test]
    fn answers_are_normalised() {
        let text = r#"{"questions":["  One?  ","one?","Two?\n","Three?","Four?",""],"signals_detected":[" a ",1],"recommended_direction":"  Do   it. "}"#;
        let s = parse_suggestion(text).unwrap();
        assert_eq!(s.questions, vec!["One?", "Two?", "Three?"]);
        assert_eq!(s.signals_detected, vec!["a"]);
        assert_eq!(s.recommended_direction, "Do it.");
    }

    #[test]
    fn garbage_is_rejected() {
        assert_eq!(
            parse_suggestion("I think you should ask about price."),
            Err(ParseError::NoJson)
        );
        assert_eq!(parse_suggestion("[1,2]"), Err(ParseError::NoJson));
        assert!(matches!(
            parse_suggestion(r#"{"questions":[]}"#),
            Err(ParseError::NotASuggestion(_))
        ));
        assert!(matches!(
            parse_suggestion(r#"{"questions":["Q?"]}"#),
            Err(ParseError::NotASuggestion(_))
        ));
    }

    #[test]
    fn an_answer_over_the_cap_is_refused_before_any_parsing() {
        let huge = "{".repeat(MAX_ANSWER_BYTES + 1);
        assert_eq!(
            parse_suggestion(&huge),
            Err(ParseError::TooLong(huge.len()))
        );
        assert_eq!(parse_closing(&huge), Err(ParseError::TooLong(huge.len())));
        let padded = format!("{JSON}{}", " ".repeat(MAX_ANSWER_BYTES - JSON.len()));
        assert!(
            parse_suggestion(&padded).is_ok(),
            "the cap itself is accepted"
        );
    }

    #[test]
    fn adversarial_answers_under_the_cap_are_rejected() {
        for pattern in ["{", "{\"", "{\"\\", "{\"a\":[", "[{"] {
            let text = pattern.repeat(MAX_ANSWER_BYTES / pattern.len());
            assert_eq!(
                parse_suggestion(&text),
                Err(ParseError::NoJson),
                "{pattern}"
            );
        }
    }

    const CLOSING: &str = r#"{"is_closing_opportunity":true,"confidence":0.82,"signals":["contract_request"," start_date ","contract_request"],"recommended_action":"Send the contract now."}"#;

    #[test]
    fn closing_answers_parse_plain_fenced_and_in_prose() {
        let plain = parse_closing(CLOSING).unwrap();
        assert!(plain.is_closing_opportunity);
        assert!((plain.confidence - 0.82).abs() < 1e-9);
        assert_eq!(plain.signals, vec!["contract_request", "start_date"]);
        assert_eq!(plain.recommended_action, "Send the contract now.");
        assert_eq!(
            parse_closing(&format!("```json\n{CLOSING}\n```")).unwrap(),
            plain
        );
        assert_eq!(
            parse_closing(&format!("My analysis: {CLOSING} Good luck!")).unwrap(),
            plain
        );
    }

    #[test]
    fn closing_confidence_is_clamped_and_bad_answers_are_rejected() {
        let high =
            parse_closing(r#"{"is_closing_opportunity":"true","confidence":"1.7"}"#).unwrap();
        assert!((high.confidence - 1.0).abs() < f64::EPSILON);
        assert!(high.signals.is_empty());
        let low = parse_closing(r#"{"is_closing_opportunity":false,"confidence":-2}"#).unwrap();
        assert!(low.confidence.abs() < f64::EPSILON);
        assert_eq!(parse_closing("Yes, close now."), Err(ParseError::NoJson));
        assert!(matches!(
            parse_closing(r#"{"confidence":0.9}"#),
            Err(ParseError::NotAnAssessment(_))
        ));
        assert!(matches!(
            parse_closing(r#"{"is_closing_opportunity":true,"confidence":"high"}"#),
            Err(ParseError::NotAnAssessment(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn a_field_is_its_words_on_one_line_cut_at_the_cap(
            words in proptest::collection::vec("[a-zé😀]{0,30}", 0..40),
            gaps in proptest::collection::vec("[ \t\n]{0,3}", 40),
        ) {
            let text: String = words.iter().zip(&gaps).map(|(w, g)| format!("{w}{g}")).collect();
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let expected: String = joined.chars().take(MAX_FIELD_CHARS).collect();
            proptest::prop_assert_eq!(clean(&text), expected);
        }
    }
}
