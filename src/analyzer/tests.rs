//! Tests of the embedded analyzer, on the real playbook and the labelled data sets.
//!
//! This file holds the shared helpers and the unit tests of folding, negation and
//! language detection; the submodules test the data-set evaluation, the suggestions
//! and the playbook validation.

mod closing;
mod context;
mod evaluation;
mod model;
mod suggestions;
mod validation;

use std::path::Path;
use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Utc};

use super::language::{detect_conversation, detect_text};
use super::normalize::{fold, tokenize};
use super::*;
use crate::domain::{Signal, Utterance};

use Sentiment::{Negative, Neutral, Positive};
use Speaker::{Agent, Client};

static ANALYZER: LazyLock<Analyzer> = LazyLock::new(|| {
    let prompts = Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts");
    Analyzer::load(&prompts).expect("the shipped playbook is valid")
});

fn playbook_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts/playbook.toml");
    std::fs::read_to_string(path).expect("the playbook is readable")
}

type Line<'a> = (Speaker, &'a str, Sentiment, &'a str);

/// A conversation whose messages are numbered from `first_seq`.
fn conversation_from(first_seq: u64, lines: &[Line<'_>]) -> Conversation {
    let at = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).expect("valid timestamp");
    let messages = (first_seq..)
        .zip(lines)
        .map(|(seq, (speaker, text, sentiment, emotion))| {
            Arc::new(Utterance {
                seq,
                text: (*text).to_owned(),
                speaker: *speaker,
                sentiment: *sentiment,
                emotion: (*emotion).to_owned(),
                message_id: None,
                timestamp: None,
                received_at: at,
                rendered: Default::default(),
            })
        })
        .collect();
    Conversation {
        session_id: crate::domain::SessionId::parse("test-session").unwrap(),
        messages,
        summary: None,
        earlier: Default::default(),
        earlier_signals: Vec::new(),
        suggested: Vec::new(),
        started_at: at,
        prompt_version: "v1".to_owned(),
    }
}

fn conversation(lines: &[Line<'_>]) -> Conversation {
    conversation_from(1, lines)
}

fn signals(text: &str) -> Vec<String> {
    ANALYZER.detect_signals(text, Client, Neutral, "neutral")
}

// ----- normalization, negation, language ----------------------------------------

#[test]
fn folding_removes_accents_case_and_apostrophe_variants() {
    assert_eq!(fold("Élevé"), "eleve");
    assert_eq!(fold("ÇA DÉPASSE"), "ca depasse");
    assert_eq!(fold("C’est l‘offre"), "c'est l'offre");
    assert_eq!(fold("cœur"), "coeur");
    let folded = tokenize("Ce n’est pas trop-cher, non ?");
    assert_eq!(folded.text, "ce n'est pas trop cher , non ?");
    assert_eq!(folded.tokens.len(), 8);
}

#[test]
fn accented_and_unaccented_french_give_the_same_signals() {
    assert_eq!(
        signals("Le tarif est très élevé."),
        signals("Le tarif est tres eleve.")
    );
    assert_eq!(signals("Je ne suis pas sûr."), vec!["hesitation"]);
    assert_eq!(signals("Je ne suis pas sur."), vec!["hesitation"]);
    assert_eq!(
        signals("C’est exactement ce qu’il nous faut"),
        vec!["strong_interest"]
    );
}

#[test]
fn negated_english_cues_do_not_fire() {
    for text in [
        "It's not expensive.",
        "Price isn't a problem.",
        "I'm not confused at all.",
        "No rush, really.",
        "There is no deadline.",
        "It is never too expensive for quality.",
        "We don't use another vendor.",
        "I'm not angry.",
        "I don't need my boss's approval.",
    ] {
        assert!(
            signals(text).is_empty(),
            "{text:?} gave {:?}",
            signals(text)
        );
    }
}

#[test]
fn negated_french_cues_do_not_fire() {
    for text in [
        "Ce n'est pas cher.",
        "C'est pas trop cher.",
        "Rien ne presse.",
        "Je ne suis pas pressé.",
        "Ce n'est jamais urgent.",
        "Je ne suis pas du tout perdu.",
        "On n'a aucun autre fournisseur.",
        "Je ne suis pas énervé.",
        "Ce n'est pas cher, mais il faut que je voie avec mon patron.",
    ] {
        let found = signals(text);
        assert!(
            found.is_empty() || found == ["decision_maker"],
            "{text:?} gave {found:?}"
        );
    }
}

#[test]
fn negation_stops_at_clause_boundaries_and_contrast_words() {
    assert_eq!(
        signals("It's not the features, it's too expensive."),
        ["price_objection"]
    );
    assert_eq!(
        signals("Pas de souci pour moi mais c'est trop cher."),
        ["price_objection"]
    );
}

#[test]
fn cues_carrying_their_own_negation_still_fire() {
    assert_eq!(signals("I don't understand the invoice."), ["confusion"]);
    assert_eq!(signals("Je ne comprends pas la facture."), ["confusion"]);
    assert_eq!(signals("I'm not sure yet."), ["hesitation"]);
    assert_eq!(signals("Budget is not a concern."), ["budget"]);
}

#[test]
fn emotion_and_sentiment_give_signals() {
    let detect = |sentiment, emotion| ANALYZER.detect_signals("Okay.", Client, sentiment, emotion);
    assert_eq!(detect(Negative, "Frustrated"), ["frustration"]);
    assert_eq!(detect(Negative, "fâché"), ["frustration"]);
    assert!(detect(Neutral, "annoyed").is_empty());
    assert_eq!(detect(Neutral, "perplexe"), ["confusion"]);
    assert_eq!(detect(Positive, "enthousiaste"), ["strong_interest"]);
    assert!(detect(Neutral, "excited").is_empty());
    assert_eq!(detect(Neutral, "hésitant"), ["hesitation"]);
}

#[test]
fn agent_utterances_give_no_signal() {
    let found = ANALYZER.detect_signals(
        "Our price is expensive but fair, who decides?",
        Agent,
        Negative,
        "angry",
    );
    assert!(found.is_empty());
}

#[test]
fn language_is_detected_from_function_words_and_accents() {
    assert_eq!(
        detect_text("What would that cost for our team?"),
        Language::En
    );
    assert_eq!(
        detect_text("Combien ça coûterait pour notre équipe ?"),
        Language::Fr
    );
    assert_eq!(detect_text("c'est trop cher pour nous"), Language::Fr);
    assert_eq!(detect_text("Salesforce"), Language::En);
    let switched = conversation(&[
        (
            Client,
            "Hello, we have a question about the offer.",
            Neutral,
            "neutral",
        ),
        (Agent, "Of course, go ahead.", Neutral, "neutral"),
        (
            Client,
            "En fait je préfère parler français, si ça ne vous dérange pas.",
            Neutral,
            "neutral",
        ),
        (Agent, "Bien sûr, je vous écoute.", Neutral, "neutral"),
    ]);
    assert_eq!(detect_conversation(&switched), Language::Fr);
}

#[test]
fn detecting_a_message_scores_its_language_from_the_same_tokens() {
    let messages = conversation(&[
        (
            Client,
            "C'est vraiment trop cher pour nous.",
            Negative,
            "annoyed",
        ),
        (Agent, "Je comprends tout à fait.", Neutral, "neutral"),
    ]);
    for message in &messages.messages {
        let signals = ANALYZER.detector.detect_message(message);
        let expected = super::language::score_text(&message.text);
        let scored = message.rendered.language_score(|| (u32::MAX, u32::MAX));
        if message.speaker == Client {
            assert!(signals.contains(Signal::PriceObjection));
            assert_eq!(scored, expected, "scored beside the signals");
        } else {
            assert_eq!(
                scored,
                (u32::MAX, u32::MAX),
                "an agent's is left to the language score"
            );
        }
    }
}

#[test]
fn a_typo_in_a_long_cue_word_still_gives_the_signal() {
    for (text, signal) in [
        ("thats way to expensve for us", Signal::PriceObjection),
        ("we're also looking at a competiter", Signal::Competitor),
        ("i'm a bit confussed", Signal::Confusion),
        ("franchement c'est inadmissable", Signal::Frustration),
    ] {
        let found = ANALYZER.detect(text, Client, Neutral, "neutral");
        assert!(found.contains(signal), "{text:?} gave {:?}", found.ids());
    }
}

#[test]
fn inflections_and_first_letters_are_not_taken_for_typos() {
    for text in [
        "what kind of reports can supervisors pull ?",
        "d'accord , je vois .",
        "the customer service team is here .",
    ] {
        let found = ANALYZER.detect(text, Client, Neutral, "neutral");
        assert!(found.is_empty(), "{text:?} gave {:?}", found.ids());
    }
}

#[test]
fn fillers_and_repetitions_are_dropped_from_transcripts() {
    assert_eq!(
        tokenize("um yeah so that's uh that's that's pricy pricy").text,
        "yeah so that's pricy"
    );
    assert_eq!(
        tokenize("euh du coup vous vous moquez").text,
        "vous vous moquez"
    );
}
