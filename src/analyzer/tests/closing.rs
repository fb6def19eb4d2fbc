//! The closing detector of the analyzer: buying signals in English and French,
//! negation, context, and the action recommended.

use super::*;

fn assess(lines: &[Line<'_>]) -> crate::domain::ClosingAssessment {
    ANALYZER.closing(&conversation(lines))
}

fn client(text: &str, sentiment: Sentiment) -> crate::domain::ClosingAssessment {
    assess(&[(Client, text, sentiment, "neutral")])
}

#[test]
fn an_english_request_for_the_contract_with_a_start_date_is_a_strong_opportunity() {
    let a = client(
        "Great, can you send me the contract? We'd like to start next month.",
        Positive,
    );
    assert!(a.is_closing_opportunity, "{a:?}");
    assert!(a.confidence >= 0.9, "{a:?}");
    assert_eq!(a.signals, ["contract_request", "start_date"]);
    assert!(
        a.recommended_action.starts_with("Send the contract"),
        "{a:?}"
    );
}

#[test]
fn a_french_request_is_read_and_answered_in_french() {
    let a = client(
        "Parfait, envoyez-moi le contrat, on voudrait démarrer en janvier.",
        Positive,
    );
    assert!(a.is_closing_opportunity && a.confidence >= 0.9, "{a:?}");
    assert_eq!(a.signals, ["contract_request", "start_date"]);
    assert!(
        a.recommended_action.starts_with("Envoyez le contrat"),
        "{a:?}"
    );
    let quantity = client("Quel serait le tarif pour 40 licences ?", Neutral);
    assert_eq!(quantity.signals, ["quantity_pricing"], "{quantity:?}");
}

#[test]
fn each_buying_signal_is_named() {
    let cases = [
        ("What would 25 seats cost?", "quantity_pricing"),
        ("What are the next steps?", "next_steps"),
        ("When can we start?", "start_date"),
        ("Let's do it.", "commitment"),
        ("Could you send over the paperwork?", "contract_request"),
        ("Quelles sont les prochaines étapes ?", "next_steps"),
        ("On signe !", "commitment"),
    ];
    for (text, signal) in cases {
        let a = client(text, Neutral);
        assert_eq!(
            a.signals.first().map(String::as_str),
            Some(signal),
            "{text}: {a:?}"
        );
        assert!(
            a.is_closing_opportunity && a.confidence >= 0.7,
            "{text}: {a:?}"
        );
    }
}

#[test]
fn negated_and_neutral_messages_are_no_opportunity() {
    for text in [
        "We're not ready to sign anything yet.",
        "Nous ne sommes pas prêts à signer.",
        "We have a team of twelve agents in Lyon.",
        "Can you tell me more about the reporting?",
    ] {
        let a = client(text, Neutral);
        assert!(!a.is_closing_opportunity, "{text}: {a:?}");
        assert!(a.signals.is_empty(), "{text}: {a:?}");
        assert!(a.confidence < 0.5, "{text}: {a:?}");
    }
    let none = client("We have a team of twelve agents.", Neutral);
    assert!(
        none.recommended_action.starts_with("No buying signal"),
        "{none:?}"
    );
}

#[test]
fn an_open_objection_or_a_negative_tone_lowers_the_confidence() {
    let clean = client("Send me the contract.", Neutral);
    let objection = client(
        "Send me the contract, but honestly it's too expensive.",
        Neutral,
    );
    let negative = client("Send me the contract.", Negative);
    assert!(
        objection.confidence < clean.confidence - 0.1,
        "{objection:?}"
    );
    assert!(negative.confidence < clean.confidence - 0.1, "{negative:?}");
    assert!(
        objection.confidence < 0.7,
        "below the default threshold: {objection:?}"
    );
}

#[test]
fn earlier_buying_signals_add_momentum_and_the_agent_speaking_last_keeps_the_client_signal() {
    let alone = client("What are the next steps?", Neutral);
    let follow_up = assess(&[
        (Client, "How much for 30 users?", Neutral, "curious"),
        (
            Agent,
            "That would be 900 euros a month.",
            Neutral,
            "neutral",
        ),
        (Client, "What are the next steps?", Neutral, "neutral"),
    ]);
    assert!(follow_up.confidence > alone.confidence, "{follow_up:?}");
    let agent_last = assess(&[
        (Client, "Please send me the contract.", Positive, "happy"),
        (Agent, "Of course, right away.", Positive, "happy"),
    ]);
    assert_eq!(agent_last.signals, ["contract_request"]);
    let agent_only = assess(&[(
        Agent,
        "I'll send you the contract today.",
        Neutral,
        "neutral",
    )]);
    assert!(
        agent_only.signals.is_empty(),
        "the agent's own words are no buying signal"
    );
}
