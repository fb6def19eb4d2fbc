//! The shape every server frame must have, checked on each frame replay
//! receives: the published JSON Schema of server frames (`#/$defs/ServerFrame`
//! of `GET /schemas/frames.json` and `docs/frames.schema.json`, generated from
//! this binary's frame types by [`crate::ws::schema`]), plus the one rule a
//! schema does not carry: an error that answers no message has no `reply_to`.

use std::collections::HashMap;
use std::sync::LazyLock;

use jsonschema::Validator;
use serde_json::Value;

use crate::ws::schema::{SERVER_FRAME, frames_schema};

/// The error codes that never answer a message.
const UNANSWERING_CODES: [&str; 2] = ["VALIDATION_ERROR", "SESSION_ERROR"];
/// At most this many schema mismatches are named for one frame.
const NAMED_MISMATCHES: usize = 3;

/// One compiled schema per frame `type`, taken from the `oneOf` of the
/// published server-frame schema, so a mismatch is named against the frame's
/// own type rather than as "none of the variants". `text` bounds concern
/// client frames only, so the server's MAX_TEXT_CHARS does not matter here.
static SERVER_FRAMES: LazyLock<HashMap<String, Validator>> = LazyLock::new(|| {
    let document = frames_schema(usize::MAX >> 1);
    let variants = document
        .pointer(&format!("/$defs/{SERVER_FRAME}/oneOf"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    variants
        .into_iter()
        .filter_map(|mut variant| {
            let name = variant
                .pointer("/properties/type/const")?
                .as_str()?
                .to_owned();
            variant["$schema"] = document["$schema"].clone();
            variant["$defs"] = document["$defs"].clone();
            let validator =
                jsonschema::validator_for(&variant).expect("the published frames schema compiles");
            Some((name, validator))
        })
        .collect()
});

/// Checks `frame` against the published schema of server frames.
///
/// # Errors
/// What is wrong: an unknown or missing `type`, the schema's mismatches (each
/// with where it is), or `reply_to` on an error that answers no message.
pub fn check(frame: &Value) -> Result<(), String> {
    let kind = frame
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| "a frame without a string `type`".to_owned())?;
    let validator = SERVER_FRAMES
        .get(kind)
        .ok_or_else(|| format!("unknown frame type {kind:?}"))?;
    let mismatches: Vec<String> = validator
        .iter_errors(frame)
        .take(NAMED_MISMATCHES)
        .map(|error| format!("at {:?}: {error}", error.instance_path().as_str()))
        .collect();
    if !mismatches.is_empty() {
        return Err(format!(
            "does not match the published frame schema ({})",
            mismatches.join("; ")
        ));
    }
    let code = frame.get("error_code").and_then(Value::as_str);
    match code {
        Some(code) if UNANSWERING_CODES.contains(&code) && frame.get("reply_to").is_some() => {
            Err(format!("{code} answers no message, yet has `reply_to`"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn suggestion_frame() -> Value {
        json!({"type": "suggestion", "reply_to": 1,
               "data": {"questions": ["a?", "b?"], "signals_detected": [], "recommended_direction": "c"},
               "meta": {"source": "local", "prompt_version": "v1", "latency_ms": 3}})
    }

    #[test]
    fn frames_of_the_readme_pass() {
        let frames = [
            json!({"type": "session_init", "session_id": "5f0c6a4e-1111-4a4a-8888-123456789abc", "resumed": false,
                   "message": "Session created successfully", "history_length": 0, "prompt_version": "v1"}),
            suggestion_frame(),
            json!({"type": "ack", "seq": 4, "status": "coalesced", "covered_by": 6}),
            json!({"type": "closing", "reply_to": 4,
                   "data": {"is_closing_opportunity": true, "confidence": 0.95, "signals": [], "recommended_action": "x"},
                   "meta": {"source": "local", "prompt_version": "v1"}}),
            json!({"type": "error", "error_code": "VALIDATION_ERROR", "message": "m",
                   "details": [{"field": "text", "message": "missing"}]}),
            json!({"type": "error", "error_code": "LLM_ERROR", "message": "m", "details": {},
                   "reply_to": 3, "fallback_suggestion": suggestion_frame()["data"].clone()}),
        ];
        for frame in frames {
            assert_eq!(check(&frame), Ok(()), "{frame}");
        }
    }

    #[test]
    fn a_frame_missing_a_field_or_of_an_unknown_type_is_named() {
        let mut no_source = suggestion_frame();
        no_source["meta"]["source"] = json!("oracle");
        let mut one_question = suggestion_frame();
        one_question["data"]["questions"] = json!(["only?"]);
        let schema = "does not match the published frame schema";
        let cases = [
            (
                json!({"type": "telepathy"}),
                "unknown frame type \"telepathy\"",
            ),
            (json!({"kind": "ack"}), "a frame without a string `type`"),
            (no_source, schema),
            (one_question, schema),
            (
                json!({"type": "error", "error_code": "LLM_ERROR", "message": "m", "details": {}, "reply_to": 2}),
                schema,
            ),
            (
                json!({"type": "ack", "seq": 4, "status": "done", "covered_by": 6}),
                schema,
            ),
            (
                json!({"type": "error", "error_code": "SESSION_ERROR", "message": "m", "details": {},
                       "reply_to": 2, "fallback_suggestion": suggestion_frame()["data"].clone()}),
                "SESSION_ERROR answers no message",
            ),
        ];
        for (frame, expected) in cases {
            let error = check(&frame).unwrap_err();
            assert!(error.starts_with(expected), "{frame}: {error}");
        }
    }

    #[test]
    fn a_mismatch_says_where_it_is() {
        let mut one_question = suggestion_frame();
        one_question["data"]["questions"] = json!(["only?"]);
        let error = check(&one_question).unwrap_err();
        assert!(error.contains("/data/questions"), "{error}");
    }
}
