//! Suggestions: question count, language, variety, determinism and fallbacks.

use super::evaluation::load_labelled;
use super::{ANALYZER, conversation, conversation_from};
use crate::analyzer::{Language, playbook};
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
    let opening = conversation_from(
        1,
        &[(Client, "Hi, thanks for calling.", Neutral, "neutral")],
    );
    let late_negative = conversation_from(20, &[(Client, "Okay, I see.", Negative, "tired")]);
    let late_positive = conversation_from(20, &[(Client, "Okay, I see.", Positive, "calm")]);
    let all: Vec<Suggestion> = [price, confused, opening, late_negative, late_positive]
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
    assert!(all[2].signals_detected.is_empty() && all[3].signals_detected.is_empty());
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
