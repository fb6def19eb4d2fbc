//! Property tests of the frame parser against hostile input: arbitrary bytes,
//! arbitrary JSON (deep nesting, huge numbers, long strings) and every field of
//! the message given a value of every type. Never a panic; a frame is either a
//! message within every limit or a rejection that names what is wrong, briefly.

use std::sync::LazyLock;

use proptest::prelude::*;
use serde_json::{Map, Value, json};

use super::*;
use crate::ws::schema::{CLIENT_FRAME, frames_schema};

const MAX_TEXT: usize = 100;
/// Longest problem description: an issue never echoes the input back.
const MAX_ISSUE_CHARS: usize = 120;

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
        (0usize..3_000).prop_map(|n| Value::String("é".repeat(n))),
    ];
    leaf.prop_recursive(8, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(".{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// An object with some of the message's fields, each of any type.
fn message_like() -> impl Strategy<Value = Value> {
    let fields = [
        "text",
        "speaker",
        "sentiment",
        "emotion",
        "message_id",
        "timestamp",
        "extra",
    ];
    let good = prop_oneof![
        Just(json!("Hello there")),
        Just(json!("client")),
        Just(json!("neutral")),
        Just(json!("calm")),
    ];
    prop::collection::vec(
        (
            prop::sample::select(fields.to_vec()),
            prop_oneof![good, any_json()],
        ),
        0..10,
    )
    .prop_map(|pairs| {
        let mut object = Map::new();
        for (key, value) in pairs {
            object.insert(key.to_owned(), value);
        }
        Value::Object(object)
    })
}

fn check(raw: &str) {
    match parse(raw, MAX_TEXT) {
        Ok(message) => {
            let chars = message.text.chars().count();
            assert!(chars > 0 && chars <= MAX_TEXT, "{raw}");
            assert!(message.emotion.chars().count() <= MAX_EMOTION_CHARS);
            if let Some(Value::String(t)) = &message.timestamp {
                assert!(t.chars().count() <= MAX_TIMESTAMP_CHARS);
            }
        }
        Err(rejected) => {
            assert!(!rejected.issues.is_empty(), "a rejection says why: {raw}");
            for issue in &rejected.issues {
                assert!(
                    issue.message.chars().count() <= MAX_ISSUE_CHARS,
                    "{issue:?}"
                );
            }
        }
    }
}

/// The published schema of a client frame, for texts of at most `MAX_TEXT`.
static CLIENT_SCHEMA: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let document = frames_schema(MAX_TEXT);
    let schema = json!({
        "$ref": format!("#/$defs/{CLIENT_FRAME}"),
        "$defs": document["$defs"],
    });
    jsonschema::validator_for(&schema).expect("the frames schema compiles")
});

/// Whether `frame` has a `message_id` that JSON Schema calls an integer but the
/// parser does not (a number written with a fraction or an exponent, `1.0`).
fn float_message_id(frame: &Value) -> bool {
    frame
        .get("message_id")
        .is_some_and(|id| id.is_f64() || id.is_u64() && !id.is_i64())
}

#[test]
fn the_published_client_schema_agrees_with_the_parser_on_documented_frames() {
    let good = [
        json!({"text": "Hi", "speaker": "client", "sentiment": "neutral", "emotion": "calm"}),
        json!({"text": " é ", "speaker": "agent", "sentiment": "negative", "emotion": "Angry",
               "message_id": "m-1", "timestamp": "2026-11-21T10:00:00Z", "extra": [1]}),
        json!({"text": "x", "speaker": "agent", "sentiment": "positive", "emotion": "calm",
               "message_id": -7, "timestamp": 1_700_000_000.5}),
    ];
    for frame in good {
        assert!(CLIENT_SCHEMA.is_valid(&frame), "{frame}");
        assert!(parse(&frame.to_string(), MAX_TEXT).is_ok(), "{frame}");
    }
    let bad = [
        json!({"speaker": "client", "sentiment": "neutral", "emotion": "calm"}),
        json!({"text": "   ", "speaker": "client", "sentiment": "neutral", "emotion": "calm"}),
        json!({"text": "a".repeat(MAX_TEXT + 1), "speaker": "client", "sentiment": "neutral", "emotion": "calm"}),
        json!({"text": "Hi", "speaker": "robot", "sentiment": "neutral", "emotion": "calm"}),
        json!({"text": "Hi", "speaker": "client", "sentiment": "neutral", "emotion": "x".repeat(33)}),
        json!({"text": "Hi", "speaker": "client", "sentiment": "neutral", "emotion": "calm", "message_id": [1]}),
        json!({"text": "Hi", "speaker": "client", "sentiment": "neutral", "emotion": "calm", "timestamp": "t".repeat(65)}),
        json!([1, 2]),
    ];
    for frame in bad {
        assert!(!CLIENT_SCHEMA.is_valid(&frame), "{frame}");
        assert!(parse(&frame.to_string(), MAX_TEXT).is_err(), "{frame}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(raw in ".{0,300}") {
        check(&raw);
    }

    #[test]
    fn arbitrary_bytes_made_text_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        check(&value.to_string());
    }

    #[test]
    fn every_field_of_every_type_is_accepted_or_named(value in message_like()) {
        check(&value.to_string());
    }

    #[test]
    fn a_frame_the_published_schema_accepts_is_accepted(value in message_like()) {
        if CLIENT_SCHEMA.is_valid(&value) && !float_message_id(&value) {
            prop_assert!(parse(&value.to_string(), MAX_TEXT).is_ok(), "{}", value);
        }
    }

    #[test]
    fn deep_nesting_and_huge_numbers_are_rejected_not_crashed(depth in 1usize..5_000, digits in 1usize..2_000) {
        check(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        check(&format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
        check(&format!("{{\"text\": \"hi\", \"message_id\": {}}}", "9".repeat(digits)));
        check(&format!("{{\"timestamp\": 1e{digits}}}"));
    }
}
