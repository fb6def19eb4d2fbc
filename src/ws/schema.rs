//! The JSON Schemas of the protocol's frames, both directions, generated from the
//! types the server parses and serializes (`InputMessage`, [`ServerFrame`]): one
//! JSON Schema 2020-12 document, served at `GET /schemas/frames.json` and checked
//! in as `docs/frames.schema.json`. Clients can validate frames or generate
//! their types from it.

use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use super::frames::ServerFrame;
use super::input::FieldIssue;
use crate::domain::InputMessage;

/// The name, under `$defs`, of the schema of a client frame.
pub const CLIENT_FRAME: &str = "InputMessage";
/// The name, under `$defs`, of the schema of a server frame.
pub const SERVER_FRAME: &str = "ServerFrame";

/// The frames document, `text` bounded by `max_text_chars` (MAX_TEXT_CHARS).
///
/// Its root accepts any frame of either direction; `#/$defs/InputMessage` is
/// what a client sends, `#/$defs/ServerFrame` what the server sends.
#[must_use]
pub fn frames_schema(max_text_chars: usize) -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let client = generator.subschema_for::<InputMessage>();
    let server = generator.subschema_for::<ServerFrame>();
    let mut defs = generator.take_definitions(true);
    if let Some(text) = defs
        .get_mut(CLIENT_FRAME)
        .and_then(|schema| schema.pointer_mut("/properties/text"))
        .and_then(Value::as_object_mut)
    {
        text.insert("maxLength".to_owned(), json!(max_text_chars));
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "callshadow WebSocket frames (GET /ws/conversation)",
        "description": "Every frame is a JSON text frame. A client sends `InputMessage`s; the server sends `ServerFrame`s, told apart by `type`: `session_init` first, then `suggestion`, `closing`, `ack` and `error`.",
        "anyOf": [client, server],
        "$defs": defs,
    })
}

/// A server frame's optional fields are left out, never sent as `null`: says so
/// in its schema (schemars lets every `Option` be `null`).
pub(super) fn absent_not_null(schema: &mut schemars::Schema) {
    let required: Vec<Value> = schema
        .get("required")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, property) in properties {
        if !required.contains(&Value::String(name.clone())) {
            strip_null(property);
        }
    }
}

/// `property` without its `null` alternative (`"type": [.., "null"]` or
/// `"anyOf": [.., {"type": "null"}]`).
fn strip_null(property: &mut Value) {
    let Some(object) = property.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            object.insert("type".to_owned(), only);
        }
    }
    let null = json!({ "type": "null" });
    if let Some(Value::Array(mut alternatives)) = object.remove("anyOf") {
        alternatives.retain(|a| *a != null);
        match alternatives.pop() {
            Some(Value::Object(only)) if alternatives.is_empty() => {
                for (key, value) in only {
                    object.entry(key).or_insert(value);
                }
            }
            Some(last) => {
                alternatives.push(last);
                object.insert("anyOf".to_owned(), Value::Array(alternatives));
            }
            None => {}
        }
    }
}

/// The schema of an error's `details`: an object, or a list of field problems.
pub(super) fn details_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let issue = generator.subschema_for::<FieldIssue>();
    schemars::json_schema!({
        "description": "Structured details: an object (such as `retry_after_ms` of RATE_LIMITED), or the list of field problems of a VALIDATION_ERROR.",
        "anyOf": [
            { "type": "object" },
            { "type": "array", "items": issue }
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_are_defined_and_text_has_the_configured_bound() {
        let document = frames_schema(1234);
        let defs = &document["$defs"];
        assert!(defs[SERVER_FRAME]["oneOf"].is_array(), "{document:#}");
        let text = &defs[CLIENT_FRAME]["properties"]["text"];
        assert_eq!(text["maxLength"], 1234, "{document:#}");
        let required = defs[CLIENT_FRAME]["required"].as_array().unwrap();
        let names: Vec<&str> = required.iter().filter_map(Value::as_str).collect();
        assert_eq!(names, ["text", "speaker", "sentiment", "emotion"]);
    }

    #[test]
    fn a_server_frames_optional_fields_are_absent_never_null() {
        let document = frames_schema(10);
        let error = &document["$defs"]["ErrorFrame"]["properties"];
        assert_eq!(error["reply_to"]["type"], "integer", "{error:#}");
        assert_eq!(error["fallback_suggestion"]["$ref"], "#/$defs/Suggestion");
        assert!(error["fallback_suggestion"]["description"].is_string());
        let init = &document["$defs"]["SessionInit"]["properties"];
        assert_eq!(init["resume_token"]["type"], "string", "{init:#}");
        let client = &document["$defs"][CLIENT_FRAME]["properties"];
        assert!(
            client["message_id"]["anyOf"].is_array(),
            "a client may send null"
        );
    }
}
