//! Reading a streamed answer (server-sent events) with a first-token deadline and
//! an idle limit; a break after the first token is a cut, never a short answer.

use eventsource_stream::Eventsource;
use futures_util::StreamExt;
use tokio::time::{Instant, timeout_at};

use super::backend::AttemptTimeouts;
use super::error::LlmError;
use super::wire::{self, Chunk};

/// Reads every chunk of `response` into the assistant's text.
///
/// Before the first token, failures are ordinary (and retryable) errors; after
/// it, any failure is [`LlmError::StreamCut`].
///
/// # Errors
/// [`LlmError::Timeout`] without a first token by `first_token_by`, a transport
/// error before it, [`LlmError::StreamCut`] after it, or the error a chunk carries.
pub async fn collect(
    response: reqwest::Response,
    first_token_by: Instant,
    timeouts: AttemptTimeouts,
) -> Result<String, LlmError> {
    let mut events = response.bytes_stream().eventsource();
    let mut text = String::new();
    let mut started = false;
    loop {
        let until = if started {
            Instant::now() + timeouts.total
        } else {
            first_token_by
        };
        let cut = |error: LlmError| if started { LlmError::StreamCut } else { error };
        let event = match timeout_at(until, events.next()).await {
            Err(_) => return Err(cut(LlmError::Timeout("first token"))),
            Ok(None) => break,
            Ok(Some(Err(error))) => return Err(cut(LlmError::Connection(error.to_string()))),
            Ok(Some(Ok(event))) => event,
        };
        let data = event.data.trim();
        if data == "[DONE]" {
            break;
        }
        if data.is_empty() {
            continue;
        }
        let value = serde_json::from_str(data).map_err(|e| {
            cut(LlmError::InvalidResponse(format!(
                "stream chunk is not JSON: {e}"
            )))
        })?;
        match wire::chunk(&value).map_err(cut)? {
            Chunk::Text(piece) if !piece.is_empty() => {
                started = true;
                text.push_str(&piece);
            }
            Chunk::Text(_) => {}
            Chunk::Finished(_) => break,
        }
    }
    if text.is_empty() {
        return Err(LlmError::InvalidResponse(
            "the stream carried no text".to_owned(),
        ));
    }
    Ok(text)
}
