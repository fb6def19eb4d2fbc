//! The conversation around the message answered: the stage of the call read
//! from what was said, the signal still open, and a price the agent just quoted.

use super::{ANALYZER, Line, conversation, conversation_from};
use crate::analyzer::{Language, Stage};
use crate::domain::{
    Conversation,
    Sentiment::{Negative, Neutral, Positive},
    Signal,
    Speaker::{Agent, Client},
    Tally,
};

/// A price objection, then three turns of neutral talk.
fn objection_three_turns_ago() -> Vec<Line<'static>> {
    vec![
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
        (Agent, "Mostly inbound?", Neutral, "calm"),
        (Client, "Yes, mostly inbound.", Neutral, "neutral"),
    ]
}

fn stage_of(lines: &[Line<'_>]) -> (Stage, Option<Signal>) {
    let analysis = ANALYZER.assess(&conversation(lines));
    (analysis.stage, analysis.open)
}

#[test]
fn an_objection_three_turns_ago_sets_the_objection_handling_stage() {
    let conv = conversation(&objection_three_turns_ago());

    let analysis = ANALYZER.assess(&conv);
    let suggestion = ANALYZER.analyze(&conv);

    assert!(analysis.signals.is_empty());
    assert_eq!(analysis.stage, Stage::ObjectionHandling);
    assert_eq!(analysis.open, Some(Signal::PriceObjection));
    assert!(suggestion.signals_detected.is_empty(), "{suggestion:?}");
    let book = ANALYZER.playbook.language(Language::En);
    let situation = book.situation(Stage::ObjectionHandling, Neutral);
    assert!(situation.questions.contains(&suggestion.questions[0]));
    assert!(situation.questions.contains(&suggestion.questions[1]));
    assert!(
        book.signal(Signal::PriceObjection)
            .questions
            .contains(&suggestion.questions[2]),
        "{suggestion:?}"
    );
    assert!(
        situation
            .directions
            .contains(&suggestion.recommended_direction)
    );
}

#[test]
fn a_positive_client_message_settles_an_earlier_objection() {
    let (stage, open) = stage_of(&[
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
    assert_eq!((stage, open), (Stage::Discovery, None));
}

#[test]
fn a_noncommittal_answer_to_a_quoted_price_is_a_likely_price_objection() {
    let conv = conversation(&[
        (Client, "So how much is it?", Neutral, "curious"),
        (Agent, "It's 45 euros per seat per month.", Neutral, "calm"),
        (Client, "Hmm, okay.", Neutral, "neutral"),
    ]);
    let analysis = ANALYZER.assess(&conv);
    assert_eq!(analysis.implied, Some(Signal::PriceObjection));
    assert_eq!(analysis.stage, Stage::ObjectionHandling);
    let fallback = ANALYZER.fallback(&conv, true);
    assert_eq!(
        fallback.signals_detected,
        vec!["api_unavailable".to_owned()]
    );
    let price = &ANALYZER
        .playbook
        .language(Language::En)
        .signal(Signal::PriceObjection);
    assert!(price.questions.contains(&fallback.questions[0]));
    assert!(
        fallback.recommended_direction.starts_with(
            price
                .directions
                .iter()
                .find(|d| fallback.recommended_direction.starts_with(d.as_str()))
                .expect("the price objection's direction")
        )
    );
}

#[test]
fn a_readiness_to_close_keeps_the_call_in_its_closing_stage() {
    let (stage, open) = stage_of(&[
        (Client, "Ok, send over the contract.", Positive, "happy"),
        (Agent, "Will do. Who signs it?", Neutral, "calm"),
        (Client, "Mark, our office manager.", Neutral, "neutral"),
        (Agent, "Great, and the start date?", Neutral, "calm"),
        (Client, "Okay, thanks.", Positive, "calm"),
    ]);
    assert_eq!(
        (stage, open),
        (Stage::Closing, Some(Signal::ClosingReadiness))
    );
}

#[test]
fn an_objection_after_a_readiness_to_close_reopens_objection_handling() {
    let (stage, open) = stage_of(&[
        (Client, "Ok, send over the contract.", Positive, "happy"),
        (Agent, "Will do. It's for forty seats.", Neutral, "calm"),
        (
            Client,
            "Wait, I need my boss to approve this first.",
            Neutral,
            "neutral",
        ),
        (Agent, "Of course.", Neutral, "calm"),
        (Client, "Right.", Neutral, "neutral"),
    ]);
    assert_eq!(
        (stage, open),
        (Stage::ObjectionHandling, Some(Signal::DecisionMaker))
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
    assert_eq!((analysis.open, analysis.implied), (None, None));
}

#[test]
fn greetings_are_the_opening_and_anything_more_is_discovery() {
    let mut lines: Vec<Line<'_>> = vec![
        (
            Agent,
            "Hi, this is Sam from Acme. How are you today?",
            Neutral,
            "calm",
        ),
        (
            Client,
            "Hi Sam, I'm good, thanks for calling.",
            Positive,
            "happy",
        ),
        (
            Client,
            "Bonjour, ça va très bien merci.",
            Neutral,
            "neutral",
        ),
    ];
    assert_eq!(stage_of(&lines), (Stage::Opening, None));

    lines.push((
        Client,
        "We have forty agents on the phones.",
        Neutral,
        "neutral",
    ));
    assert_eq!(stage_of(&lines), (Stage::Discovery, None));
}

#[test]
fn the_message_number_does_not_set_the_stage() {
    let line = [(Client, "We mostly take inbound calls.", Neutral, "neutral")];
    let early = ANALYZER.assess(&conversation_from(2, &line));
    let late = ANALYZER.assess(&conversation_from(40, &line));
    assert_eq!(early.stage, Stage::Discovery);
    assert_eq!(late.stage, Stage::Discovery);
}

/// A neutral window after `folded` messages left it with these signals.
fn after_a_fold(signals: &[(Signal, u64)], client_positive_seq: u64) -> Conversation {
    let mut conv = conversation_from(
        31,
        &[
            (Agent, "So, where were we?", Neutral, "calm"),
            (Client, "The rollout plan.", Neutral, "neutral"),
            (Agent, "Right, in two phases.", Neutral, "calm"),
            (Client, "Sounds about right.", Neutral, "neutral"),
        ],
    );
    conv.earlier = Tally {
        agent: 15,
        client: 15,
        neutral: 30,
        client_positive_seq,
        ..Tally::default()
    };
    conv.earlier_signals = signals.to_vec();
    conv
}

#[test]
fn an_objection_folded_out_of_the_window_still_counts_until_settled() {
    let open = ANALYZER.assess(&after_a_fold(&[(Signal::Budget, 12)], 0));
    assert_eq!(open.stage, Stage::ObjectionHandling);
    assert_eq!(open.open, Some(Signal::Budget));

    let settled = ANALYZER.assess(&after_a_fold(&[(Signal::Budget, 12)], 20));
    assert_eq!((settled.stage, settled.open), (Stage::Discovery, None));

    let ready = [(Signal::Budget, 12), (Signal::ClosingReadiness, 25)];
    let closing = ANALYZER.assess(&after_a_fold(&ready, 0));
    assert_eq!(closing.stage, Stage::Closing);
}

#[test]
fn a_neutral_message_after_an_objection_and_after_a_readiness_gets_different_advice() {
    let mut objection = objection_three_turns_ago();
    let mut ready = objection_three_turns_ago();
    ready[0] = (
        Client,
        "Let's do it, send me the contract.",
        Positive,
        "happy",
    );
    objection.truncate(5);
    ready.truncate(5);

    let a = ANALYZER.analyze(&conversation(&objection));
    let b = ANALYZER.analyze(&conversation(&ready));

    assert!(
        a.questions.iter().all(|q| !b.questions.contains(q)),
        "{a:?} / {b:?}"
    );
    assert_ne!(a.recommended_direction, b.recommended_direction);
}
