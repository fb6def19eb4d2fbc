//! What a session remembers of the messages that left its memory window: how many
//! there were (per speaker and sentiment), the facts the embedded analyzer
//! extracted from them (a [`Digest`]), and their running [`Summary`], written by
//! the LLM or by the analyzer (SPEC 8).
//!
//! Plain data: the session keeps it, the analyzer and the summarizer fill it.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::message::{Sentiment, Speaker, Utterance};
use super::session_id::SessionId;

/// Counts over the messages no longer in the window, so that the conversation's
/// statistics still cover the whole call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Messages spoken by the agent.
    pub agent: u64,
    /// Messages spoken by the client.
    pub client: u64,
    /// Messages with a positive sentiment.
    pub positive: u64,
    /// Messages with a neutral sentiment.
    pub neutral: u64,
    /// Messages with a negative sentiment.
    pub negative: u64,
    /// When the first of them was accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_at: Option<DateTime<Utc>>,
    /// The `seq` of the last positive client message among them (0: none), so
    /// an objection folded out of the window can be known as settled.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub client_positive_seq: u64,
}

fn is_zero(value: &u64) -> bool {
    *value == 0
}

impl Tally {
    /// Counts one more message.
    pub fn add(&mut self, message: &Utterance) {
        match message.speaker {
            Speaker::Agent => self.agent += 1,
            Speaker::Client => self.client += 1,
        }
        if message.speaker == Speaker::Client && message.sentiment == Sentiment::Positive {
            self.client_positive_seq = self.client_positive_seq.max(message.seq);
        }
        match message.sentiment {
            Sentiment::Positive => self.positive += 1,
            Sentiment::Neutral => self.neutral += 1,
            Sentiment::Negative => self.negative += 1,
        }
        if self.first_at.is_none() {
            self.first_at = Some(message.received_at);
        }
    }

    /// Messages counted.
    #[must_use]
    pub fn messages(&self) -> u64 {
        self.agent + self.client
    }
}

/// One noted message: its `seq`, who said it, and a short quote or extract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The message's `seq`.
    pub seq: u64,
    /// Who said it.
    pub speaker: Speaker,
    /// What is kept of it.
    pub text: String,
}

/// How often a signal was seen, and when last.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalCount {
    /// Client messages that carried it.
    pub count: u32,
    /// The `seq` of the last one.
    pub last_seq: u64,
}

/// What the embedded analyzer extracted from the folded messages: bounded lists,
/// the earliest entries of each always kept (what was said in minute two), then
/// the most recent ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// Signals seen in client messages, by id.
    #[serde(default)]
    pub signals: BTreeMap<String, SignalCount>,
    /// Client objections (price, competitor, hesitation…), quoted.
    #[serde(default)]
    pub objections: Vec<Note>,
    /// Commitments and next steps, either side, quoted.
    #[serde(default)]
    pub commitments: Vec<Note>,
    /// Names and numbers, per message.
    #[serde(default)]
    pub facts: Vec<Note>,
}

/// Who wrote a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum SummarySource {
    /// The LLM, with the summarizer prompt.
    Llm,
    /// The embedded analyzer: an extractive summary (the LLM is not configured,
    /// unavailable, or failed).
    Local,
}

impl SummarySource {
    /// The spelling in the session info, logs and metrics.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Llm => "llm",
            Self::Local => "local",
        }
    }
}

/// The running summary of the messages folded out of the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Its text, as it goes into the prompts.
    pub text: Arc<str>,
    /// Who wrote its last version.
    pub source: SummarySource,
    /// When it was last rewritten.
    pub updated_at: DateTime<Utc>,
}

/// What a session remembers of the messages no longer in its window.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earlier {
    /// The `seq` of the last message that left the window (0: none yet).
    pub through_seq: u64,
    /// Their counts.
    pub tally: Tally,
    /// What the analyzer extracted from them (kept whatever writes the summary,
    /// so the local summary never loses what the LLM's covered).
    #[serde(default)]
    pub digest: Digest,
    /// Their running summary, with MEMORY_SUMMARY_ENABLED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
}

impl Earlier {
    /// Bytes it holds, roughly, for the sessions' memory budget.
    #[must_use]
    pub fn footprint(&self) -> u64 {
        let notes = |notes: &[Note]| notes.iter().map(|n| n.text.len() + 48).sum::<usize>();
        let digest = notes(&self.digest.objections)
            + notes(&self.digest.commitments)
            + notes(&self.digest.facts)
            + self.digest.signals.len() * 64;
        let summary = self.summary.as_ref().map_or(0, |s| s.text.len());
        u64::try_from(digest + summary).unwrap_or(u64::MAX)
    }
}

/// A chunk of messages to fold into a session's summary.
#[derive(Debug, Clone)]
pub struct FoldRequest {
    /// The session (its id is the upstream's cache key).
    pub session_id: SessionId,
    /// The summary so far, if any.
    pub previous: Option<Arc<str>>,
    /// The digest so far.
    pub digest: Digest,
    /// The messages to fold, oldest first.
    pub messages: Vec<Arc<Utterance>>,
}

/// A chunk folded: the new summary and digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The summary's new text.
    pub text: String,
    /// Who wrote it.
    pub source: SummarySource,
    /// The digest with the chunk's facts merged in.
    pub digest: Digest,
}
