//! The protocol as a client sees it (README, "Guarantees"): a `session_init`
//! first; exactly one answer (`suggestion`, `error` with `reply_to`, or `ack`)
//! to each accepted message, echoing its `message_id`, in `seq` order in `every`
//! mode; `closing` frames extra, after the answer; every frame of a known type
//! and shape ([`schema`](super::schema)). Each frame is judged as it arrives.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::Mode;
use super::schema;
use super::script::Line;

/// A frame that breaks the protocol, or a message never answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// What is wrong.
    pub reason: String,
    /// The frame at fault, as received (none for a missing answer).
    pub frame: Option<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "protocol violation: {}", self.reason)?;
        if let Some(frame) = &self.frame {
            write!(f, "\n  frame: {frame}")?;
        }
        Ok(())
    }
}

/// How a message was answered.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerKind {
    /// A suggestion, from this source.
    Suggestion(String),
    /// An error with a fallback, of this code.
    Error(String),
    /// Folded into the answer to this `seq` (`latest` mode).
    Ack(u64),
}

/// What a valid frame means.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The connection's session.
    Started,
    /// The answer to message `seq`, sent from file line `line`, `latency` after it.
    Answer {
        /// The message's `seq`.
        seq: u64,
        /// Its line in the file.
        line: usize,
        /// How it was answered.
        kind: AnswerKind,
        /// From sending the line to this answer.
        latency: Duration,
    },
    /// A closing opportunity in message `seq`.
    Closing {
        /// The message's `seq`.
        seq: u64,
    },
    /// The server refused a line (`VALIDATION_ERROR`); `None` when it did not
    /// echo which one.
    Refused(Option<usize>),
    /// An error that answers no message (`SESSION_ERROR`…).
    Notice(String),
}

/// A line sent, waiting for its answer.
#[derive(Debug, Clone)]
struct Sent {
    number: usize,
    at: Instant,
    settled: bool,
}

/// Follows one connection's frames and the lines sent on it.
#[derive(Debug)]
pub struct Checker {
    mode: Mode,
    sent: HashMap<String, Sent>,
    sent_count: usize,
    refused: usize,
    answered: HashSet<u64>,
    next_in_order: u64,
    closings: HashSet<u64>,
    started: bool,
}

impl Checker {
    /// A checker for a new connection to a server in `mode`.
    #[must_use]
    pub fn new(mode: Mode) -> Self {
        Self {
            mode,
            sent: HashMap::new(),
            sent_count: 0,
            refused: 0,
            answered: HashSet::new(),
            next_in_order: 1,
            closings: HashSet::new(),
            started: false,
        }
    }

    /// Records that `line` was sent at `at`.
    pub fn sent(&mut self, line: &Line, at: Instant) {
        let sent = Sent {
            number: line.number,
            at,
            settled: false,
        };
        self.sent.insert(line.message_id_key(), sent);
        self.sent_count += 1;
    }

    /// Whether the `session_init` arrived.
    #[must_use]
    pub fn started(&self) -> bool {
        self.started
    }

    /// Whether every line sent so far is answered or refused.
    #[must_use]
    pub fn settled(&self) -> bool {
        self.answered.len() + self.refused == self.sent_count
    }

    /// The file lines of the messages sent and neither answered nor refused.
    #[must_use]
    pub fn unanswered_lines(&self) -> Vec<usize> {
        let mut lines: Vec<usize> = self
            .sent
            .values()
            .filter(|s| !s.settled)
            .map(|s| s.number)
            .collect();
        lines.sort_unstable();
        lines
    }

    /// Judges one text frame received at `now`.
    ///
    /// # Errors
    /// The [`Violation`] it commits, naming it.
    pub fn receive(&mut self, text: &str, now: Instant) -> Result<(Value, Event), Violation> {
        let fault = |reason: String| Violation {
            reason,
            frame: Some(text.to_owned()),
        };
        let frame: Value =
            serde_json::from_str(text).map_err(|e| fault(format!("not JSON: {e}")))?;
        schema::check(&frame).map_err(fault)?;
        let event = self.judge(&frame, now).map_err(fault)?;
        Ok((frame, event))
    }

    fn judge(&mut self, frame: &Value, now: Instant) -> Result<Event, String> {
        let kind = frame["type"].as_str().unwrap_or_default();
        if !self.started && kind != "session_init" {
            return Err(format!("the first frame is a {kind}, not a session_init"));
        }
        match kind {
            "session_init" if self.started => Err("a second session_init".to_owned()),
            "session_init" => {
                self.started = true;
                Ok(Event::Started)
            }
            "closing" => self.closing(count(&frame["reply_to"])),
            "ack" => {
                let (seq, covered_by) = (count(&frame["seq"]), count(&frame["covered_by"]));
                if covered_by <= seq {
                    return Err(format!("seq {seq} covered by an earlier seq {covered_by}"));
                }
                self.answer(frame, seq, AnswerKind::Ack(covered_by), now)
            }
            "suggestion" => {
                let source = frame["meta"]["source"].as_str().unwrap_or_default();
                let kind = AnswerKind::Suggestion(source.to_owned());
                self.answer(frame, count(&frame["reply_to"]), kind, now)
            }
            _ => self.error(frame, now),
        }
    }

    fn error(&mut self, frame: &Value, now: Instant) -> Result<Event, String> {
        let code = frame["error_code"].as_str().unwrap_or_default().to_owned();
        if let Some(seq) = frame.get("reply_to") {
            return self.answer(frame, count(seq), AnswerKind::Error(code), now);
        }
        if code != "VALIDATION_ERROR" {
            return Ok(Event::Notice(code));
        }
        self.refused += 1;
        let Some(id) = frame.get("message_id") else {
            return Ok(Event::Refused(None));
        };
        let sent = self.settle(id)?;
        Ok(Event::Refused(Some(sent.number)))
    }

    fn closing(&mut self, seq: u64) -> Result<Event, String> {
        if !self.answered.contains(&seq) {
            return Err(format!("a closing frame for seq {seq} before its answer"));
        }
        if !self.closings.insert(seq) {
            return Err(format!("a second closing frame for seq {seq}"));
        }
        Ok(Event::Closing { seq })
    }

    fn answer(
        &mut self,
        frame: &Value,
        seq: u64,
        kind: AnswerKind,
        now: Instant,
    ) -> Result<Event, String> {
        let accepted = (self.sent_count - self.refused) as u64;
        if seq == 0 || seq > accepted {
            return Err(format!(
                "an answer to seq {seq}, but {accepted} messages were accepted so far"
            ));
        }
        if self.answered.contains(&seq) {
            return Err(format!("a second answer to seq {seq}"));
        }
        if self.mode == Mode::Every && seq != self.next_in_order {
            return Err(format!(
                "the answer to seq {seq} came before the answer to seq {}",
                self.next_in_order
            ));
        }
        let id = frame
            .get("message_id")
            .ok_or_else(|| format!("the answer to seq {seq} does not echo its message_id"))?;
        let sent = self.settle(id)?;
        self.answered.insert(seq);
        self.next_in_order = self.next_in_order.max(seq + 1);
        Ok(Event::Answer {
            seq,
            line: sent.number,
            kind,
            latency: now.saturating_duration_since(sent.at),
        })
    }

    /// Marks the line that sent message id `id` as answered or refused.
    fn settle(&mut self, id: &Value) -> Result<Sent, String> {
        let sent = self
            .sent
            .get_mut(&id.to_string())
            .ok_or_else(|| format!("message_id {id} was never sent"))?;
        if sent.settled {
            return Err(format!(
                "line {} (message_id {id}) was already answered",
                sent.number
            ));
        }
        sent.settled = true;
        Ok(sent.clone())
    }
}

/// A field the schema check found to be a count.
fn count(value: &Value) -> u64 {
    value.as_u64().unwrap_or_default()
}

#[cfg(test)]
#[path = "checker_tests.rs"]
mod tests;
