//! The checker on hand-written frame sequences: what passes, and each way a
//! server can break the protocol.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::*;
use crate::replay::script::parse;

const INIT: &str = r#"{"type":"session_init","session_id":"5f0c6a4e-1111-4a4a-8888-123456789abc","resumed":false,"message":"Session created successfully","history_length":0,"prompt_version":"v1"}"#;

fn suggestion(seq: u64, line: usize) -> String {
    json!({"type": "suggestion", "reply_to": seq, "message_id": format!("line-{line}"),
           "data": {"questions": ["a?", "b?"], "signals_detected": ["budget"], "recommended_direction": "go"},
           "meta": {"source": "local", "prompt_version": "v1", "latency_ms": 2}})
    .to_string()
}

fn ack(seq: u64, line: usize, covered_by: u64) -> String {
    json!({"type": "ack", "seq": seq, "message_id": format!("line-{line}"),
           "status": "coalesced", "covered_by": covered_by})
    .to_string()
}

fn closing(seq: u64) -> String {
    json!({"type": "closing", "reply_to": seq,
           "data": {"is_closing_opportunity": true, "confidence": 0.9, "signals": [], "recommended_action": "sign"},
           "meta": {"source": "local", "prompt_version": "v1"}})
    .to_string()
}

/// A checker in `mode` that has seen the session_init and sent `lines` lines.
fn started(mode: Mode, lines: usize) -> Checker {
    let text: String = (0..lines).map(|_| "{\"text\": \"hello\"}\n").collect();
    let mut checker = Checker::new(mode);
    checker.receive(INIT, Instant::now()).unwrap();
    for line in parse(&text).unwrap() {
        checker.sent(&line, Instant::now());
    }
    checker
}

/// Feeds `frames`; the reason of the first violation, if any.
fn violation(checker: &mut Checker, frames: &[String]) -> Option<String> {
    frames.iter().find_map(|frame| {
        checker
            .receive(frame, Instant::now())
            .err()
            .map(|v| v.reason)
    })
}

#[test]
fn answers_in_order_with_a_closing_after_its_answer_pass() {
    let mut checker = started(Mode::Every, 2);

    let (frame, event) = checker.receive(&suggestion(1, 1), Instant::now()).unwrap();
    let rest = violation(&mut checker, &[closing(1), suggestion(2, 2)]);

    assert_eq!(frame["reply_to"], 1);
    assert!(
        matches!(
            event,
            Event::Answer {
                seq: 1,
                line: 1,
                ..
            }
        ),
        "{event:?}"
    );
    assert_eq!(rest, None);
    assert!(checker.settled());
    assert!(checker.unanswered_lines().is_empty());
}

#[test]
fn a_refused_line_is_named_and_needs_no_answer() {
    let mut checker = started(Mode::Every, 2);
    let refused = json!({"type": "error", "error_code": "VALIDATION_ERROR", "message": "bad",
                         "details": [{"field": "speaker", "message": "missing"}], "message_id": "line-1"});

    let (_, event) = checker
        .receive(&refused.to_string(), Instant::now())
        .unwrap();
    let rest = violation(&mut checker, &[suggestion(1, 2)]);

    assert_eq!(event, Event::Refused(Some(1)));
    assert_eq!(rest, None);
    assert!(checker.settled());
}

#[test]
fn each_way_of_breaking_the_protocol_is_named() {
    let cases: [(&[String], &str); 8] = [
        (
            &[suggestion(1, 1), suggestion(1, 1)],
            "a second answer to seq 1",
        ),
        (
            &[suggestion(2, 2)],
            "the answer to seq 2 came before the answer to seq 1",
        ),
        (
            &[r#"{"type":"hint","text":"psst"}"#.to_owned()],
            "unknown frame type \"hint\"",
        ),
        (&[suggestion(3, 3)], "an answer to seq 3, but 2 messages"),
        (&[closing(1)], "a closing frame for seq 1 before its answer"),
        (
            &[suggestion(1, 1), closing(1), closing(1)],
            "a second closing frame for seq 1",
        ),
        (&[INIT.to_owned()], "a second session_init"),
        (&[suggestion(1, 7)], "message_id \"line-7\" was never sent"),
    ];
    for (frames, expected) in cases {
        let reason = violation(&mut started(Mode::Every, 2), frames);
        let reason = reason.unwrap_or_default();
        assert!(reason.starts_with(expected), "{frames:?}: {reason}");
    }
}

#[test]
fn a_violation_names_its_frame() {
    let mut checker = started(Mode::Every, 1);
    let frame = r#"{"type":"hint"}"#;

    let violation = checker.receive(frame, Instant::now()).unwrap_err();

    assert_eq!(violation.frame.as_deref(), Some(frame));
    assert!(violation.to_string().ends_with(&format!("frame: {frame}")));
}

#[test]
fn the_first_frame_must_be_the_session_init() {
    let mut checker = Checker::new(Mode::Every);

    let reason = violation(&mut checker, &[suggestion(1, 1)]);

    assert_eq!(
        reason.as_deref(),
        Some("the first frame is a suggestion, not a session_init")
    );
}

#[test]
fn latest_mode_takes_acks_as_answers_in_any_order_but_not_twice() {
    let mut checker = started(Mode::Latest, 3);

    let fine = violation(
        &mut checker,
        &[ack(1, 1, 3), suggestion(3, 3), ack(2, 2, 3)],
    );
    let twice = violation(&mut checker, &[ack(2, 2, 3)]);
    let backwards = violation(&mut started(Mode::Latest, 3), &[ack(3, 3, 2)]);

    assert_eq!(fine, None);
    assert!(checker.settled());
    assert_eq!(twice.as_deref(), Some("a second answer to seq 2"));
    assert_eq!(
        backwards.as_deref(),
        Some("seq 3 covered by an earlier seq 2")
    );
}

#[test]
fn an_unanswered_line_is_listed_with_the_latency_of_the_others() {
    let mut checker = started(Mode::Every, 2);
    let later = Instant::now() + Duration::from_millis(40);

    let (_, event) = checker.receive(&suggestion(1, 1), later).unwrap();

    assert!(!checker.settled());
    assert_eq!(checker.unanswered_lines(), vec![2]);
    let Event::Answer { latency, .. } = event else {
        panic!("{event:?}")
    };
    assert!(latency >= Duration::from_millis(40), "{latency:?}");
}

#[test]
fn an_answer_must_echo_the_message_id() {
    let mut checker = started(Mode::Every, 1);
    let mut frame: Value = serde_json::from_str(&suggestion(1, 1)).unwrap();
    frame.as_object_mut().unwrap().remove("message_id");

    let reason = violation(&mut checker, &[frame.to_string()]);

    assert_eq!(
        reason.as_deref(),
        Some("the answer to seq 1 does not echo its message_id")
    );
}
