//! Response bodies as a plan of waits, sends and a possible abort, tracked to the end.
//!
//! Every chat answer goes through [`body`], so the [`Tracker`] lives until the last
//! byte is handed to hyper: dropping the body early counts the request as dropped.

use std::collections::VecDeque;
use std::time::Duration;

use axum::body::{Body, Bytes};
use serde_json::Value;

use super::state::Tracker;

/// The line that ends an SSE chat stream.
pub(super) const DONE: &str = "data: [DONE]\n\n";

/// How long the body pauses before an abort, so hyper flushes what came before.
const FLUSH_PAUSE: Duration = Duration::from_millis(20);

/// How many characters each streamed content piece carries.
const PIECE_CHARS: usize = 8;

/// One step of a body.
#[derive(Debug)]
pub(super) enum Action {
    /// Wait this long.
    Wait(Duration),
    /// Send these bytes.
    Send(String),
    /// Abort the connection (after a short pause to flush what was sent).
    Fail,
}

/// A body that plays `actions`, then settles `tracker`.
pub(super) fn body(actions: Vec<Action>, tracker: Tracker) -> Body {
    let start = (VecDeque::from(actions), Some(tracker));
    let stream = futures_util::stream::unfold(start, |(mut actions, mut tracker)| async move {
        let item = next_item(&mut actions, &mut tracker).await?;
        Some((item, (actions, tracker)))
    });
    Body::from_stream(stream)
}

/// Plays actions up to the next item of the body; `None` at its end.
async fn next_item(
    actions: &mut VecDeque<Action>,
    tracker: &mut Option<Tracker>,
) -> Option<Result<Bytes, std::io::Error>> {
    loop {
        match actions.pop_front() {
            Some(Action::Wait(duration)) => tokio::time::sleep(duration).await,
            Some(Action::Send(text)) => return Some(Ok(Bytes::from(text))),
            Some(Action::Fail) => {
                tokio::time::sleep(FLUSH_PAUSE).await;
                actions.clear();
                if let Some(tracker) = tracker.take() {
                    tracker.abort();
                }
                let reset = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "scripted");
                return Some(Err(reset));
            }
            None => {
                if let Some(tracker) = tracker.take() {
                    tracker.complete();
                }
                return None;
            }
        }
    }
}

/// One SSE event carrying `value`.
pub(super) fn event(value: &Value) -> String {
    format!("data: {value}\n\n")
}

/// `content` cut into pieces of about [`PIECE_CHARS`] characters.
pub(super) fn pieces(content: &str) -> Vec<String> {
    let chars: Vec<char> = content.chars().collect();
    chars
        .chunks(PIECE_CHARS)
        .map(|piece| piece.iter().collect())
        .collect()
}
