//! Every frame a test receives is checked against the published schema of server
//! frames (`#/$defs/ServerFrame` of `GET /schemas/frames.json`, generated from the
//! code), so the whole suite proves that the server sends what it documents. The
//! check is the one `callshadow replay` makes of every frame.

use callshadow::replay::schema::check;
use serde_json::Value;

/// Fails the test when `frame` is not a server frame as the schema describes it,
/// naming the mismatches and where they are.
pub fn check_server_frame(frame: &Value) {
    if let Err(problem) = check(frame) {
        panic!(
            "the server sent a frame that breaks its schema (docs/frames.schema.json): {problem}\nframe: {frame}"
        );
    }
}

/// Parses a text frame as JSON and checks it against the schema.
pub fn parse_server_frame(text: &str) -> Value {
    let frame: Value = serde_json::from_str(text).expect("frames are JSON");
    check_server_frame(&frame);
    frame
}

#[cfg(test)]
mod tests {
    use serde_json::json;

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
