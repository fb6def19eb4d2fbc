//! The view of a conversation an agent is given to answer its last message.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::message::{Sentiment, Speaker, Utterance};
use super::session_id::SessionId;
use super::signal::Signal;
use super::summary::Tally;

/// A snapshot of a session's memory, up to and including the message to answer.
///
/// Messages are shared with the session (`Arc`), so a snapshot is cheap to take.
#[derive(Debug, Clone)]
pub struct Conversation {
    /// The session the conversation belongs to.
    pub session_id: SessionId,
    /// Messages in the memory window, oldest first; the last one is being answered.
    pub messages: Vec<Arc<Utterance>>,
    /// A running summary of older messages no longer in the window, if any.
    pub summary: Option<Arc<str>>,
    /// Counts of the messages no longer in the window (folded or dropped), so
    /// the statistics cover the whole call.
    pub earlier: Tally,
    /// The signals seen in the client messages no longer in the window (the
    /// session's digest of them; empty without summaries), each with the `seq`
    /// of the last message that carried it.
    pub earlier_signals: Vec<(Signal, u64)>,
    /// The questions already suggested in this session, oldest first: those of
    /// the answers the session keeps (bounded, about the last 24), so the
    /// embedded analyzer does not suggest them again.
    pub suggested: Vec<Arc<str>>,
    /// When the session started.
    pub started_at: DateTime<Utc>,
    /// The orchestrator prompt version of the session.
    pub prompt_version: String,
}

/// Counts over a conversation, used by prompts and the embedded analyzer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConversationStats {
    /// Messages spoken by the agent.
    pub agent_messages: usize,
    /// Messages spoken by the client.
    pub client_messages: usize,
    /// Messages with a positive sentiment.
    pub positive: usize,
    /// Messages with a neutral sentiment.
    pub neutral: usize,
    /// Messages with a negative sentiment.
    pub negative: usize,
    /// Seconds between the first message of the call and the last one.
    pub duration_secs: i64,
}

impl Conversation {
    /// The message being answered.
    ///
    /// # Panics
    /// Never in the server: a conversation is only built with at least one message.
    #[must_use]
    pub fn last(&self) -> &Utterance {
        self.messages
            .last()
            .expect("a conversation always holds the message it answers")
    }

    /// The most recent message spoken by `speaker`, if any.
    #[must_use]
    pub fn last_from(&self, speaker: Speaker) -> Option<&Utterance> {
        self.messages
            .iter()
            .rev()
            .map(AsRef::as_ref)
            .find(|m| m.speaker == speaker)
    }

    /// Counts per speaker and sentiment, and the span of the call: the window's
    /// messages and the earlier ones.
    #[must_use]
    pub fn stats(&self) -> ConversationStats {
        let count = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
        let mut stats = ConversationStats {
            agent_messages: count(self.earlier.agent),
            client_messages: count(self.earlier.client),
            positive: count(self.earlier.positive),
            neutral: count(self.earlier.neutral),
            negative: count(self.earlier.negative),
            duration_secs: 0,
        };
        for message in &self.messages {
            match message.speaker {
                Speaker::Agent => stats.agent_messages += 1,
                Speaker::Client => stats.client_messages += 1,
            }
            match message.sentiment {
                Sentiment::Positive => stats.positive += 1,
                Sentiment::Neutral => stats.neutral += 1,
                Sentiment::Negative => stats.negative += 1,
            }
        }
        let first = self
            .earlier
            .first_at
            .or_else(|| self.messages.first().map(|m| m.received_at));
        if let (Some(first), Some(last)) = (first, self.messages.last()) {
            stats.duration_secs = (last.received_at - first).num_seconds();
        }
        stats
    }
}
