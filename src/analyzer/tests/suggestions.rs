//! Suggestions: question count, language, variety, determinism and fallbacks.

use std::sync::Arc;

use super::evaluation::load_labelled;
use super::{ANALYZER, conversation, conversation_from};
use crate::analyzer::{Language, Stage, playbook};
use crate::domain::{
    Sentiment::{Negative, Neutral, Positive},
    Signal,
    Speaker::{Agent, Client},
    Suggestion,
};

fn assert_well_formed(suggestion: &Suggestion) {
    let count = suggestion.questions.len();
    assert!((2..=3).contains(&count), "{count} questions");
    assert!(suggestion.questions.iter().all(|q| !q.trim().is_empty()));
    assert!(!suggestion.recommended_direction.trim().is_empty());
}

#[test]
fn analyze_always_gives_two_or_three_questions() {
    for (index, line) in load_labelled().iter().enumerate() {
        for first_seq in [1, 7, 40] {
            let seq = first_seq + index as u64;
            let conv = conversation_from(
                seq,
                &[(line.speaker, &line.text, line.sentiment, &line.emotion)],
            );
            assert_well_formed(&ANALYZER.analyze(&conv));
            assert_well_formed(&ANALYZER.fallback(&conv, true));
        }
    }
}

fn book(language: Language) -> &'static playbook::LanguageBook {
    ANALYZER.playbook.language(language)
}

#[test]
fn french_conversations_get_french_questions_and_english_ones_english() {
    let fr = ANALYZER.analyze(&conversation(&[(
        Client,
        "C'est beaucoup trop cher pour nous.",
        Negative,
        "inquiet",
    )]));
    let en = ANALYZER.analyze(&conversation(&[(
        Client,
        "That's way too expensive for us.",
        Negative,
        "worried",
    )]));
    let fr_pool = &book(Language::Fr).signal(Signal::PriceObjection).questions;
    let en_pool = &book(Language::En).signal(Signal::PriceObjection).questions;
    assert!(fr.questions.iter().all(|q| fr_pool.contains(q)), "{fr:?}");
    assert!(en.questions.iter().all(|q| en_pool.contains(q)), "{en:?}");
    assert_eq!(fr.signals_detected, en.signals_detected);
}

#[test]
fn different_situations_get_different_advice() {
    let price = conversation_from(5, &[(Client, "That's too expensive.", Negative, "worried")]);
    let confused = conversation_from(
        5,
        &[(
            Client,
            "I don't understand what you mean.",
            Neutral,
            "neutral",
        )],
    );
    let opening = conversation(&[(Client, "Hi, thanks for calling.", Neutral, "neutral")]);
    let discovery = conversation(&[(Client, "We take calls all day.", Neutral, "neutral")]);
    let objection = conversation(&[
        (Client, "My boss has the final say.", Neutral, "neutral"),
        (Agent, "Understood.", Neutral, "calm"),
        (Client, "We take calls all day.", Neutral, "neutral"),
    ]);
    let closing = conversation(&[
        (Client, "Send me the contract.", Positive, "happy"),
        (Agent, "Sure.", Neutral, "calm"),
        (Client, "We take calls all day.", Negative, "tired"),
    ]);
    let all: Vec<Suggestion> = [price, confused, opening, discovery, objection, closing]
        .iter()
        .map(|c| ANALYZER.analyze(c))
        .collect();
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            assert!(
                a.questions.iter().all(|q| !b.questions.contains(q)),
                "{a:?} / {b:?}"
            );
            assert_ne!(a.recommended_direction, b.recommended_direction);
        }
    }
    assert_eq!(all[0].signals_detected, ["price_objection"]);
    assert_eq!(all[1].signals_detected, ["confusion"]);
    assert!(all[2..].iter().all(|s| s.signals_detected.is_empty()));
}

#[test]
fn the_same_input_gives_the_same_output() {
    let conv = conversation_from(
        9,
        &[(
            Client,
            "We use Salesforce and it's cheaper.",
            Neutral,
            "neutral",
        )],
    );
    assert_eq!(ANALYZER.analyze(&conv), ANALYZER.analyze(&conv));
    assert_eq!(
        ANALYZER.fallback(&conv, true),
        ANALYZER.fallback(&conv, true)
    );
}

#[test]
fn consecutive_messages_with_the_same_signal_get_different_questions() {
    for text in [
        "It's too expensive.",
        "Je dois en parler à mon directeur.",
        "Hmm, ok.",
    ] {
        let answers: Vec<Suggestion> = (1..=6)
            .map(|seq| {
                ANALYZER.analyze(&conversation_from(
                    seq,
                    &[(Client, text, Neutral, "neutral")],
                ))
            })
            .collect();
        for pair in answers.windows(2) {
            assert_eq!(pair[0].signals_detected, pair[1].signals_detected);
            assert_ne!(pair[0].questions, pair[1].questions, "{text:?}");
        }
    }
}

#[test]
fn several_signals_mix_questions_by_priority() {
    let conv = conversation_from(
        4,
        &[(
            Client,
            "It's too expensive and my boss has to approve it.",
            Negative,
            "worried",
        )],
    );
    let suggestion = ANALYZER.analyze(&conv);
    assert_eq!(
        suggestion.signals_detected,
        ["price_objection", "decision_maker"]
    );
    let book = book(Language::En);
    let primary = &book.signal(Signal::PriceObjection);
    assert!(primary.questions.contains(&suggestion.questions[0]));
    assert!(
        book.signal(Signal::DecisionMaker)
            .questions
            .contains(&suggestion.questions[2])
    );
    assert!(
        primary
            .directions
            .contains(&suggestion.recommended_direction)
    );
}

#[test]
fn an_agent_message_is_answered_from_the_latest_client_utterance() {
    let conv = conversation(&[
        (
            Client,
            "Honestly, I don't get how the billing works.",
            Neutral,
            "neutral",
        ),
        (
            Agent,
            "Our pricing is simple and very competitive.",
            Positive,
            "confident",
        ),
    ]);
    let suggestion = ANALYZER.analyze(&conv);
    assert_eq!(suggestion.signals_detected, ["confusion"]);
}

#[test]
fn fallback_with_api_unavailable_still_fits_the_situation() {
    let conv = conversation_from(
        6,
        &[(
            Client,
            "Je ne suis pas sûr, c'est un peu cher.",
            Negative,
            "inquiet",
        )],
    );
    let local = ANALYZER.analyze(&conv);
    let fallback = ANALYZER.fallback(&conv, true);
    assert_eq!(
        fallback.signals_detected,
        ["price_objection", "hesitation", "api_unavailable"]
    );
    assert_eq!(fallback.questions, local.questions);
    assert!(
        fallback
            .recommended_direction
            .starts_with(&local.recommended_direction)
    );
    assert!(
        fallback
            .recommended_direction
            .ends_with(book(Language::Fr).api_unavailable())
    );
    assert_eq!(ANALYZER.fallback(&conv, false), local);
}

/// What a session suggests for `count` messages in a row, each conversation
/// carrying the questions suggested before it (as a session's kept answers do).
fn session_suggestions(lines: &[Line<'_>], count: u64) -> Vec<Suggestion> {
    let mut suggested: Vec<Arc<str>> = Vec::new();
    let mut answers = Vec::new();
    for seq in 1..=count {
        let line = lines[usize::try_from(seq - 1).unwrap_or(0) % lines.len()];
        let mut conv = conversation_from(seq, &[line]);
        conv.suggested.clone_from(&suggested);
        let suggestion = ANALYZER.analyze(&conv);
        suggested.extend(suggestion.questions.iter().map(|q| Arc::from(q.as_str())));
        answers.push(suggestion);
    }
    answers
}

type Line<'a> = super::Line<'a>;

#[test]
fn questions_already_suggested_in_the_session_are_not_suggested_again_while_the_entry_has_others() {
    let pool = &book(Language::En)
        .situation(Stage::Discovery, Neutral)
        .questions;
    let answers = session_suggestions(&[(Client, "We take calls all day.", Neutral, "neutral")], 2);
    let asked: Vec<&String> = answers.iter().flat_map(|a| &a.questions).collect();
    assert_eq!(asked.len(), 6);
    assert!(asked.iter().all(|q| pool.contains(q)));
    for (i, q) in asked.iter().enumerate() {
        assert!(!asked[i + 1..].contains(q), "{q:?} suggested twice");
    }
}

#[test]
fn when_an_entry_is_exhausted_the_least_recently_suggested_questions_come_back() {
    let text = "It's too expensive.";
    let pool = &book(Language::En).signal(Signal::PriceObjection).questions;
    let answers = session_suggestions(&[(Client, text, Negative, "worried")], 4);
    let first = &answers[0].questions;
    let second = &answers[1].questions;
    assert!(answers.iter().all(|a| a.questions.len() == 3));
    let unused: Vec<&String> = pool.iter().filter(|q| !first.contains(q)).collect();
    assert!(unused.iter().all(|q| second.contains(q)), "{second:?}");
    let back: Vec<&String> = second.iter().filter(|q| first.contains(q)).collect();
    assert_eq!(back.len(), 3 - unused.len());
    assert!(back.iter().all(|q| first.contains(q)));
    assert_eq!(
        second.iter().filter(|q| first.contains(q)).count(),
        3 - unused.len()
    );
    // The third answer starts again from the least recently suggested: the first's.
    let third = &answers[2].questions;
    let oldest: Vec<&String> = first.iter().filter(|q| !second.contains(q)).collect();
    assert!(oldest.iter().all(|q| third.contains(q)), "{third:?}");
}

#[test]
fn fallbacks_and_the_top_up_of_a_short_llm_answer_avoid_what_was_suggested() {
    let line = (
        Client,
        "Je dois en parler à mon directeur.",
        Neutral,
        "neutral",
    );
    let mut conv = conversation_from(3, &[line]);
    let first = ANALYZER.fallback(&conv, true);
    conv.suggested = first
        .questions
        .iter()
        .map(|q| Arc::from(q.as_str()))
        .collect();

    let fallback = ANALYZER.fallback(&conv, true);
    let local = ANALYZER.analyze(&conv);

    let pool = &book(Language::Fr).signal(Signal::DecisionMaker).questions;
    let unused: Vec<&String> = pool
        .iter()
        .filter(|q| !first.questions.contains(q))
        .collect();
    assert!(!unused.is_empty());
    assert!(
        unused.iter().all(|q| fallback.questions.contains(q)),
        "{fallback:?}"
    );
    assert_eq!(fallback.questions, local.questions);
}
