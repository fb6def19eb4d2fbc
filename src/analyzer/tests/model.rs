//! Tests of the detection model beside the cues: what it adds, that it can be
//! turned off, and that a broken model file is a clear load error.

use super::*;

/// Said as people say it on a call: the cues know none of these phrasings. Each
/// comes with the sentiment and emotion its training line carries (a worried "on
/// a pas un rond" arrives tagged so); told neutral, the budget line scores 0.37
/// since batch 12, under its threshold (docs/analyzer-history.md, "Batch 12").
const ONLY_THE_MODEL: [(&str, Signal, Sentiment, &str); 4] = [
    (
        "ya know for a startup like us that price is kinda brutal",
        Signal::PriceObjection,
        Negative,
        "concerned",
    ),
    (
        "on a pas un rond en ce moment",
        Signal::Budget,
        Negative,
        "worried",
    ),
    (
        "legal will want to go through the dpa before we commit",
        Signal::DecisionMaker,
        Neutral,
        "neutral",
    ),
    (
        "the timeline's pretty tight we open the new site in three weeks",
        Signal::Urgency,
        Neutral,
        "neutral",
    ),
];

fn cues_only() -> Analyzer {
    Analyzer::parse_named(&playbook_text(), "playbook.toml").expect("the playbook is valid")
}

#[test]
fn the_model_finds_what_the_cues_alone_miss() {
    let cues = cues_only();
    for (text, signal, sentiment, emotion) in ONLY_THE_MODEL {
        assert!(
            cues.detect(text, Client, sentiment, emotion).is_empty(),
            "{text}"
        );
        let found = ANALYZER.detect(text, Client, sentiment, emotion);
        assert!(found.contains(signal), "{text}: {:?}", found.ids());
    }
}

#[test]
fn the_model_reads_no_agent_turn() {
    for (text, ..) in ONLY_THE_MODEL {
        assert!(ANALYZER.detect(text, Agent, Neutral, "neutral").is_empty());
    }
}

#[test]
fn a_model_file_without_features_turns_the_model_off() {
    let off = "signals\tprice_objection budget competitor urgency decision_maker confusion \
               strong_interest hesitation frustration closing_readiness\n\
               bias\t0 0 0 0 0 0 0 0 0 0\nthreshold\t0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5\n";
    let analyzer = cues_only()
        .with_model(off, "off.tsv")
        .expect("a valid model");
    for (text, ..) in ONLY_THE_MODEL {
        assert!(
            analyzer.detect(text, Client, Neutral, "neutral").is_empty(),
            "{text}"
        );
    }
}

/// A model whose only feature is `w <word>`, weighing `weight` for budget.
fn one_feature_model(word: &str, weight: f32, veto: &str) -> String {
    format!(
        "signals\tbudget price_objection competitor urgency decision_maker confusion \
         strong_interest hesitation frustration closing_readiness\n\
         bias\t0 0 0 0 0 0 0 0 0 0\nthreshold\t0.99 0.99 0.99 0.99 0.99 0.99 0.99 0.99 0.99 0.99\n\
         {veto}f\tw {word}\t0:{weight}\n"
    )
}

#[test]
fn the_model_sets_aside_what_the_cues_find_only_under_its_veto() {
    let text = "our budget is tight this year";
    assert!(
        cues_only()
            .detect(text, Client, Neutral, "neutral")
            .contains(Signal::Budget)
    );
    let sure_not = |veto: &str| {
        cues_only()
            .with_model(&one_feature_model("tight", -20.0, veto), "m.tsv")
            .expect("a valid model")
            .detect(text, Client, Neutral, "neutral")
    };
    let veto = "veto\t0.05 0 0 0 0 0 0 0 0 0\n";
    assert!(!sure_not(veto).contains(Signal::Budget), "vetoed");
    assert!(
        sure_not("").contains(Signal::Budget),
        "no veto line: no veto"
    );
    let no_budget_veto = "veto\t0 0.05 0 0 0 0 0 0 0 0\n";
    assert!(
        sure_not(no_budget_veto).contains(Signal::Budget),
        "another signal's veto"
    );
    let unsure = cues_only()
        .with_model(&one_feature_model("tight", 0.0, veto), "m.tsv")
        .expect("a valid model");
    assert!(
        unsure
            .detect(text, Client, Neutral, "neutral")
            .contains(Signal::Budget),
        "a probability over the veto leaves the cues' finding"
    );
}

#[test]
fn a_broken_model_file_is_a_load_error_naming_the_line() {
    let signals = "signals\tprice_objection budget competitor urgency decision_maker confusion \
                   strong_interest hesitation frustration closing_readiness\n";
    let threshold = "threshold\t0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5 0.5\n";
    let cases = [
        (
            "bias\t0 0\n".to_owned(),
            "line 1: the `signals` line must come first",
        ),
        (
            format!("{signals}{threshold}f\tw cher\t0:NaN\n"),
            "line 3: `NaN` is not a finite number",
        ),
        (
            format!("{signals}{threshold}f\tw cher\t12:1.0\n"),
            "line 3: no signal index `12`",
        ),
        (
            format!("{signals}bias\t1 2\n"),
            "line 2: 10 numbers expected, 2 found",
        ),
        (
            "signals\tprice_objection price\n".to_owned(),
            "line 1: unknown signal `price`",
        ),
        (
            signals.to_owned(),
            "the `signals` and `threshold` lines are required",
        ),
        (format!("{signals}{threshold}weights 1\n"), "line 3: no tab"),
    ];
    for (text, expected) in cases {
        let error = cues_only()
            .with_model(&text, "prompts/analyzer_model.tsv")
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("invalid analyzer model prompts/analyzer_model.tsv: {expected}"),
        );
    }
}

#[test]
fn a_message_is_detected_once_and_remembered() {
    let conversation = conversation_from(1, &[(Client, ONLY_THE_MODEL[0].0, Neutral, "neutral")]);
    let message = &conversation.messages[0];
    let first = ANALYZER.assess(&conversation).signals;
    assert!(first.contains(Signal::PriceObjection));
    // What the message remembers is this analyzer's: another one detects afresh.
    let cues = cues_only();
    assert!(cues.assess(&conversation).signals.is_empty());
    assert_eq!(ANALYZER.assess(&conversation).signals, first);
    assert_eq!(
        message.rendered.signals(u64::MAX, SignalSet::new),
        SignalSet::new()
    );
}
