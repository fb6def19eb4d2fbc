//! The conversation around the message answered: open objections, the closing
//! stage and a price the agent just quoted.

use super::{ANALYZER, conversation};
use crate::domain::{
    Sentiment::{Negative, Neutral, Positive},
    Signal,
    Speaker::{Agent, Client},
};

#[test]
fn an_objection_a_few_turns_ago_still_leads_when_the_last_message_is_neutral() {
    let conv = conversation(&[
        (
            Client,
            "Honestly that's way too expensive for us.",
            Negative,
            "worried",
        ),
        (
            Agent,
            "I understand. What would make it worth it?",
            Neutral,
            "calm",
        ),
        (Client, "We have forty agents.", Neutral, "neutral"),
        (Agent, "And how many calls a day?", Neutral, "calm"),
        (Client, "About two hundred.", Neutral, "neutral"),
    ]);
    let analysis = ANALYZER.assess(&conv);
    assert!(analysis.signals.is_empty());
    assert_eq!(analysis.context, Some(Signal::PriceObjection));
    let suggestion = ANALYZER.analyze(&conv);
    assert!(suggestion.signals_detected.is_empty(), "{suggestion:?}");
    let pool = &ANALYZER
        .playbook
        .language(analysis.language)
        .signal(Signal::PriceObjection)
        .questions;
    assert!(suggestion.questions.iter().all(|q| pool.contains(q)));
}

#[test]
fn a_positive_client_message_settles_an_earlier_objection() {
    let conv = conversation(&[
        (
            Client,
            "That's way too expensive for us.",
            Negative,
            "worried",
        ),
        (
            Agent,
            "It pays for itself in three months.",
            Neutral,
            "calm",
        ),
        (Client, "Oh that's good to hear.", Positive, "happy"),
        (Client, "We have forty agents.", Neutral, "neutral"),
    ]);
    assert_eq!(ANALYZER.assess(&conv).context, None);
}

#[test]
fn a_noncommittal_answer_to_a_quoted_price_is_a_likely_price_objection() {
    let conv = conversation(&[
        (Client, "So how much is it?", Neutral, "curious"),
        (Agent, "It's 45 euros per seat per month.", Neutral, "calm"),
        (Client, "Hmm, okay.", Neutral, "neutral"),
    ]);
    assert_eq!(ANALYZER.assess(&conv).context, Some(Signal::PriceObjection));
    let fallback = ANALYZER.fallback(&conv, true);
    assert_eq!(
        fallback.signals_detected,
        vec!["api_unavailable".to_owned()]
    );
}

#[test]
fn a_readiness_to_close_keeps_the_call_in_its_closing_stage() {
    let conv = conversation(&[
        (Client, "Ok, send over the contract.", Positive, "happy"),
        (Agent, "Will do. Who signs it?", Neutral, "calm"),
        (Client, "Mark, our office manager.", Neutral, "neutral"),
    ]);
    assert_eq!(
        ANALYZER.assess(&conv).context,
        Some(Signal::ClosingReadiness)
    );
}

#[test]
fn a_message_with_its_own_signal_is_not_overridden_by_the_context() {
    let conv = conversation(&[
        (Client, "That's way too expensive.", Negative, "worried"),
        (Client, "We're also talking to Aircall.", Neutral, "neutral"),
    ]);
    let analysis = ANALYZER.assess(&conv);
    assert!(analysis.signals.contains(Signal::Competitor));
    assert_eq!(analysis.context, None);
}
