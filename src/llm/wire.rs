//! Reading chat-completion answers as OpenAI and AI.YOU send them: whole or in
//! chunks, content as a string or as parts, wrapped or not, errors with HTTP 200.

use std::borrow::Cow;

use reqwest::StatusCode;
use serde::de::IgnoredAny;
use serde_json::Value;

use super::error::LlmError;

/// What one stream chunk carried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chunk {
    /// Some text (possibly empty).
    Text(String),
    /// The end of the answer (`finish_reason` set).
    Finished(String),
}

/// The tokens one answer took, as the upstream reported them in `usage`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Tokens of the prompt (`prompt_tokens`), cached ones included.
    pub prompt_tokens: u64,
    /// Tokens of the answer (`completion_tokens`).
    pub completion_tokens: u64,
    /// Prompt tokens served from the upstream's prefix cache
    /// (`prompt_tokens_details.cached_tokens`; 0 when not reported).
    pub cached_tokens: u64,
}

/// The `usage` of an answer or a stream chunk, wrapped in `{"response": ...}` or
/// not; `None` when it carries none (or no token count in it).
#[must_use]
pub fn usage(body: &Value) -> Option<Usage> {
    let usage = body
        .get("usage")
        .or_else(|| body.get("response")?.get("usage"))
        .filter(|u| u.is_object())?;
    let count = |pointer: &str| usage.pointer(pointer).and_then(Value::as_u64);
    let prompt_tokens = count("/prompt_tokens");
    let completion_tokens = count("/completion_tokens");
    if prompt_tokens.is_none() && completion_tokens.is_none() {
        return None;
    }
    Some(Usage {
        prompt_tokens: prompt_tokens.unwrap_or(0),
        completion_tokens: completion_tokens.unwrap_or(0),
        cached_tokens: count("/prompt_tokens_details/cached_tokens").unwrap_or(0),
    })
}

/// An error object in a body, if there is one: AI.YOU's
/// `{"object":"error","code":..}` or OpenAI's `{"error":{..}}`.
#[must_use]
pub fn error_object(body: &Value) -> Option<LlmError> {
    let error = if body.get("object").and_then(Value::as_str) == Some("error") {
        body
    } else {
        body.get("error").filter(|e| e.is_object())?
    };
    let message = error.get("message").and_then(Value::as_str).unwrap_or("");
    let code = error
        .get("code")
        .and_then(|c| {
            c.as_u64()
                .or_else(|| c.as_str().and_then(|s| s.parse().ok()))
        })
        .and_then(|c| u16::try_from(c).ok())
        .and_then(|c| StatusCode::from_u16(c).ok());
    let status = code.unwrap_or_else(|| match error.get("type").and_then(Value::as_str) {
        Some("RateLimitError") => StatusCode::TOO_MANY_REQUESTS,
        Some("AuthenticationError") => StatusCode::UNAUTHORIZED,
        _ => StatusCode::BAD_REQUEST,
    });
    Some(LlmError::from_status(status, message, None))
}

/// Text of a `content` field: a string, or an array of `{type, text}` parts.
#[must_use]
pub fn content_text(content: &Value) -> Option<String> {
    match content {
        Value::String(text) => Some(text.clone()),
        Value::Array(parts) => Some(
            parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str).or_else(|| p.as_str()))
                .collect(),
        ),
        _ => None,
    }
}

/// The assistant's text in a whole (non-streamed) answer, wrapped in
/// `{"response": ...}` or not.
///
/// # Errors
/// The error the body carries, or [`LlmError::InvalidResponse`].
pub fn completion_text(body: &Value) -> Result<String, LlmError> {
    if let Some(error) = error_object(body) {
        return Err(error);
    }
    let body = body
        .get("response")
        .filter(|r| r.is_object())
        .unwrap_or(body);
    if let Some(error) = error_object(body) {
        return Err(error);
    }
    body.pointer("/choices/0/message/content")
        .and_then(content_text)
        .ok_or_else(|| LlmError::InvalidResponse("no choices[0].message.content".to_owned()))
}

/// A whole answer in the shape nearly every upstream sends: top-level
/// `choices[0].message.content` as a string, no error, not wrapped.
#[derive(serde::Deserialize)]
struct PlainAnswer<'a> {
    #[serde(borrow)]
    choices: Vec<PlainChoice<'a>>,
    usage: Option<PlainUsage>,
    error: Option<IgnoredAny>,
    response: Option<IgnoredAny>,
    #[serde(borrow)]
    object: Option<Cow<'a, str>>,
}

#[derive(serde::Deserialize)]
struct PlainChoice<'a> {
    #[serde(borrow)]
    message: PlainMessage<'a>,
}

#[derive(serde::Deserialize)]
struct PlainMessage<'a> {
    #[serde(borrow)]
    content: Cow<'a, str>,
}

#[derive(serde::Deserialize)]
struct PlainUsage {
    prompt_tokens: Option<u64>,
    completion_tokens: Option<u64>,
    prompt_tokens_details: Option<PlainDetails>,
}

#[derive(serde::Deserialize)]
struct PlainDetails {
    cached_tokens: Option<u64>,
}

/// The text and usage of a whole answer read without building a JSON tree,
/// when it has the plain shape; `None` for any other body (wrapped, content as
/// parts, an error object, a count that is not a whole number...), which
/// [`completion_text`] and [`usage`] then read from the tree, with the same
/// result for the plain shape.
#[must_use]
pub fn plain_answer(body: &[u8]) -> Option<(String, Option<Usage>)> {
    let answer: PlainAnswer = serde_json::from_slice(body).ok()?;
    if answer.error.is_some()
        || answer.response.is_some()
        || answer.object.as_deref() == Some("error")
    {
        return None;
    }
    let text = answer
        .choices
        .into_iter()
        .next()?
        .message
        .content
        .into_owned();
    let usage = answer.usage.and_then(|u| {
        (u.prompt_tokens.is_some() || u.completion_tokens.is_some()).then(|| Usage {
            prompt_tokens: u.prompt_tokens.unwrap_or(0),
            completion_tokens: u.completion_tokens.unwrap_or(0),
            cached_tokens: u
                .prompt_tokens_details
                .and_then(|d| d.cached_tokens)
                .unwrap_or(0),
        })
    });
    Some((text, usage))
}

/// What a stream chunk carries. `finish_reason` may be in the choice or, for
/// AI.YOU, at the top level.
///
/// # Errors
/// The error the chunk carries.
pub fn chunk(body: &Value) -> Result<Chunk, LlmError> {
    if let Some(error) = error_object(body) {
        return Err(error);
    }
    let text = body
        .pointer("/choices/0/delta/content")
        .and_then(content_text)
        .unwrap_or_default();
    let finish = body
        .pointer("/choices/0/finish_reason")
        .filter(|f| !f.is_null())
        .or_else(|| body.get("finish_reason").filter(|f| !f.is_null()))
        .and_then(Value::as_str);
    match finish {
        Some(reason) if text.is_empty() => Ok(Chunk::Finished(reason.to_owned())),
        _ => Ok(Chunk::Text(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn completions_are_read_wrapped_or_not_with_string_or_parts() {
        let plain = json!({"choices":[{"message":{"content":"hi"}}]});
        assert_eq!(completion_text(&plain).unwrap(), "hi");
        let wrapped = json!({"response":{"choices":[{"message":{"content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}}]}});
        assert_eq!(completion_text(&wrapped).unwrap(), "ab");
        assert!(matches!(
            completion_text(&json!({"choices":[]})),
            Err(LlmError::InvalidResponse(_))
        ));
    }

    #[test]
    fn error_bodies_are_classified_by_their_code() {
        let limited =
            json!({"object":"error","message":"slow down","type":"RateLimitError","code":429});
        assert!(matches!(
            completion_text(&limited),
            Err(LlmError::RateLimited { .. })
        ));
        let auth =
            json!({"object":"error","message":"bad token","type":"AuthenticationError","code":401});
        assert!(matches!(
            completion_text(&auth),
            Err(LlmError::Authentication { status: 401, .. })
        ));
        let openai = json!({"error":{"message":"boom","type":"server_error","code":"503"}});
        assert!(matches!(
            completion_text(&openai),
            Err(LlmError::Server { status: 503, .. })
        ));
        let untyped = json!({"error":{"message":"no code","type":"RateLimitError"}});
        assert!(matches!(
            completion_text(&untyped),
            Err(LlmError::RateLimited { .. })
        ));
    }

    #[test]
    fn usage_is_read_with_its_cached_tokens_wrapped_or_not() {
        let openai = json!({"choices":[], "usage": {"prompt_tokens": 1200, "completion_tokens": 80,
            "prompt_tokens_details": {"cached_tokens": 1024}}});
        let expected = Usage {
            prompt_tokens: 1200,
            completion_tokens: 80,
            cached_tokens: 1024,
        };
        assert_eq!(usage(&openai), Some(expected));
        let wrapped = json!({"response": {"usage": {"prompt_tokens": 7, "completion_tokens": 3}}});
        let uncached = Usage {
            prompt_tokens: 7,
            completion_tokens: 3,
            cached_tokens: 0,
        };
        assert_eq!(usage(&wrapped), Some(uncached));
        assert_eq!(usage(&json!({"choices": []})), None);
        assert_eq!(usage(&json!({"usage": null})), None);
        assert_eq!(usage(&json!({"usage": {"total_tokens": -1}})), None);
    }

    proptest::proptest! {
        #[test]
        fn the_plain_reading_agrees_with_the_tree_s(
            content in "[ -~é\\n\"\\\\]{0,20}",
            counts in proptest::collection::vec(proptest::option::of(-2i64..3), 3),
            shape in 0usize..8,
        ) {
            let usage = json!({"prompt_tokens": counts[0], "completion_tokens": counts[1],
                "prompt_tokens_details": {"cached_tokens": counts[2]}});
            let choice = json!({"message": {"role": "assistant", "content": content}});
            let body = match shape {
                0 => json!({"choices": [choice], "usage": usage}),
                1 => json!({"choices": [choice], "usage": null, "error": null}),
                2 => json!({"response": {"choices": [choice]}}),
                3 => json!({"choices": [{"message": {"content": [{"type": "text", "text": content}]}}]}),
                4 => json!({"object": "error", "message": content, "code": 429, "choices": [choice]}),
                5 => json!({"error": {"message": content}, "choices": [choice]}),
                6 => json!({"choices": [], "usage": usage}),
                _ => json!({"object": "chat.completion", "choices": [choice, choice], "usage": 3}),
            };
            let tree = completion_text(&body).map(|text| (text, super::usage(&body)));
            let bytes = serde_json::to_vec(&body).unwrap();
            if let Some(plain) = plain_answer(&bytes) {
                proptest::prop_assert_eq!(Ok(plain), tree.map_err(|e| e.to_string()));
            } else {
                proptest::prop_assert!(shape >= 2 || counts.iter().any(|c| c.is_some_and(|c| c < 0)), "{}", body);
            }
        }
    }

    #[test]
    fn chunks_carry_text_or_the_finish() {
        let text = json!({"choices":[{"delta":{"content":"he"},"finish_reason":null}]});
        assert_eq!(chunk(&text).unwrap(), Chunk::Text("he".to_owned()));
        let top_level = json!({"choices":[{"delta":{}}],"finish_reason":"stop","thread_id":"t"});
        assert_eq!(
            chunk(&top_level).unwrap(),
            Chunk::Finished("stop".to_owned())
        );
        let role_only = json!({"choices":[{"delta":{"role":"assistant"}}]});
        assert_eq!(chunk(&role_only).unwrap(), Chunk::Text(String::new()));
    }
}
