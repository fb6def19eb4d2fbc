//! Every frame a test receives is checked against the published schema of server
//! frames (`#/$defs/ServerFrame` of `GET /schemas/frames.json`, generated from the
//! code), so the whole suite proves that the server sends what it documents.

use std::sync::LazyLock;

use callshadow::ws::schema::{SERVER_FRAME, frames_schema};
use serde_json::{Value, json};

/// The server-frame schema, compiled once for the whole test binary.
static SERVER_FRAMES: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let document = frames_schema(8000);
    let schema = json!({
        "$schema": document["$schema"],
        "$ref": format!("#/$defs/{SERVER_FRAME}"),
        "$defs": document["$defs"],
    });
    jsonschema::validator_for(&schema).expect("the frames schema compiles")
});

/// Fails the test when `frame` is not a server frame as the schema describes it,
/// naming each mismatch and where it is.
pub fn check_server_frame(frame: &Value) {
    let problems: Vec<String> = SERVER_FRAMES
        .iter_errors(frame)
        .map(|error| format!("  at {}: {error}", error.instance_path()))
        .collect();
    assert!(
        problems.is_empty(),
        "the server sent a frame that breaks its schema (docs/frames.schema.json):\n{}\nframe: {frame}",
        problems.join("\n")
    );
}

/// Parses a text frame as JSON and checks it against the schema.
pub fn parse_server_frame(text: &str) -> Value {
    let frame: Value = serde_json::from_str(text).expect("frames are JSON");
    check_server_frame(&frame);
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_that_breaks_the_schema_fails_the_test() {
        let bad = json!({"type": "suggestion", "reply_to": 1, "data": {"questions": ["only one?"],
            "signals_detected": [], "recommended_direction": "x"},
            "meta": {"source": "llm", "prompt_version": "v1", "latency_ms": 3}});
        let failure = std::panic::catch_unwind(|| check_server_frame(&bad));
        assert!(
            failure.is_err(),
            "one question is fewer than the schema's two"
        );
        let unknown = json!({"type": "gossip"});
        assert!(std::panic::catch_unwind(|| check_server_frame(&unknown)).is_err());
    }

    #[test]
    fn a_well_formed_frame_passes() {
        check_server_frame(
            &json!({"type": "ack", "seq": 4, "status": "coalesced", "covered_by": 6}),
        );
        check_server_frame(&json!({"type": "error", "error_code": "VALIDATION_ERROR",
            "message": "Invalid message", "details": [{"field": "text", "message": "field required"}]}));
    }
}
