//! One conversation's state: memory, sequence counter, timestamps, attachment.

use std::num::NonZeroU32;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use serde::Serialize;
use tokio::sync::oneshot;
use tokio::time::Instant;

use super::answers::{KeptAnswers, Missed};
use super::facts::Facts;
use super::memory::ConversationMemory;
use super::store::StoredSession;
use crate::config::Folding;
use crate::domain::{Conversation, Earlier, InputMessage, SessionId, Signal, Utterance};

/// Who may resume a session: the principal that created it (client auth), and
/// the hash of its resume token.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ownership {
    /// The principal that created the session, when clients authenticate.
    pub owner: Option<String>,
    /// The SHA-256 (hex) of the session's resume token.
    pub resume_hash: Option<String>,
}

/// Why a connection is told to let go of its session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detach {
    /// Another connection attached to the same session (close 4001).
    TakenOver,
    /// An operator deleted the session (close 4000).
    Deleted,
}

/// The live connection a session is attached to.
#[derive(Debug)]
pub struct Attachment {
    /// The connection's server-wide id.
    pub connection_id: u64,
    /// Tells the connection to let go; fires at most once.
    pub notify: oneshot::Sender<Detach>,
}

/// What an operator sees of a session (SPEC 4).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SessionInfo {
    /// The session id.
    #[schema(value_type = String, pattern = "^[A-Za-z0-9_-]{8,64}$")]
    pub session_id: SessionId,
    /// The user id given when the session was created.
    pub user_id: Option<String>,
    /// When the session was created.
    pub created_at: DateTime<Utc>,
    /// When a message last arrived or a connection last came or went.
    pub last_activity: DateTime<Utc>,
    /// Messages accepted since the session was created.
    pub message_count: u64,
    /// Whether a connection is attached.
    pub connected: bool,
    /// The instance holding the session (INSTANCE_ID): its connection's, or the
    /// last one's.
    pub instance: String,
    /// The orchestrator prompt version this session uses.
    pub prompt_version: String,
    /// Server-side facts about the session (connections so far, last user agent).
    #[schema(value_type = Object)]
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// The running summary of the messages that left the memory window
    /// (MEMORY_SUMMARY_ENABLED); `null` until the first fold.
    pub summary: Option<SummaryInfo>,
}

/// One conversation.
#[derive(Debug)]
pub struct Session {
    id: SessionId,
    user_id: Option<String>,
    created_at: DateTime<Utc>,
    last_activity: DateTime<Utc>,
    last_activity_at: Instant,
    metadata: Facts,
    prompt_version: String,
    last_seq: u64,
    memory: ConversationMemory,
    earlier: Earlier,
    /// The generation of the fold in flight, if one is.
    folding: Option<u64>,
    generations: u64,
    answers: KeptAnswers,
    epoch: u64,
    ownership: Ownership,
    durable: bool,
    bytes: u64,
    creator: Option<std::net::IpAddr>,
    attachment: Option<Attachment>,
    deleted: bool,
    /// Boxed: made on the first message, so a session that has none (every
    /// idle connection holds one) does not carry the limiter inline.
    rate: Option<Box<DefaultDirectRateLimiter>>,
}

impl Session {
    /// A new, empty, detached session whose window holds `memory` messages and
    /// gives way as `folding` says.
    #[must_use]
    pub fn new(
        id: SessionId,
        user_id: Option<String>,
        prompt_version: String,
        memory: usize,
        folding: Folding,
    ) -> Self {
        let now = Utc::now();
        Self {
            id,
            user_id,
            created_at: now,
            last_activity: now,
            last_activity_at: Instant::now(),
            metadata: Facts::default(),
            prompt_version,
            last_seq: 0,
            memory: ConversationMemory::new(memory, folding),
            earlier: Earlier::default(),
            folding: None,
            generations: 0,
            answers: KeptAnswers::default(),
            epoch: 0,
            ownership: Ownership::default(),
            durable: false,
            bytes: 0,
            creator: None,
            attachment: None,
            deleted: false,
            rate: None,
        }
    }

    /// A detached session as the store kept it, with a window of `memory`
    /// messages giving way as `folding` says.
    #[must_use]
    pub fn from_stored(stored: StoredSession, memory: usize, folding: Folding) -> Self {
        let mut session = Self::new(
            stored.id,
            stored.user_id,
            stored.prompt_version,
            memory,
            folding,
        );
        session.created_at = stored.created_at;
        session.last_activity = stored.last_activity;
        session.metadata = Facts::from_map(stored.metadata);
        session.epoch = stored.epoch;
        session.ownership = stored.ownership;
        session.durable = true;
        session.adopt(
            stored.last_seq,
            stored.earlier,
            stored.messages,
            stored.answers,
        );
        session
    }

    /// Sets who may resume the session, and the address that created it.
    pub fn set_ownership(&mut self, ownership: Ownership, creator: Option<std::net::IpAddr>) {
        self.ownership = ownership;
        self.creator = creator;
    }

    /// Who may resume the session.
    #[must_use]
    pub fn ownership(&self) -> &Ownership {
        &self.ownership
    }

    /// The address (limit key) that created the session here, if it was.
    #[must_use]
    pub fn creator(&self) -> Option<std::net::IpAddr> {
        self.creator
    }

    /// Whether the store holds the session (it was claimed there).
    #[must_use]
    pub fn is_durable(&self) -> bool {
        self.durable
    }

    /// Records that the store holds the session now.
    pub fn mark_durable(&mut self) {
        self.durable = true;
    }

    /// The bytes its memory costs, for the memory budget.
    #[must_use]
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Takes the stored memory when it is ahead of this copy (another instance
    /// served the session meanwhile).
    pub fn catch_up(&mut self, stored: StoredSession) {
        if stored.last_seq > self.last_seq {
            self.metadata = Facts::from_map(stored.metadata);
            let earlier = if stored.earlier.through_seq >= self.earlier.through_seq {
                stored.earlier
            } else {
                self.earlier.clone()
            };
            self.adopt(stored.last_seq, earlier, stored.messages, stored.answers);
        }
    }

    /// Takes a stored memory: the messages past what `earlier` covers.
    fn adopt(
        &mut self,
        last_seq: u64,
        earlier: Earlier,
        messages: Vec<Utterance>,
        answers: Vec<(u64, Arc<str>)>,
    ) {
        self.last_seq = last_seq;
        self.memory = ConversationMemory::new(self.memory.capacity(), self.memory.folding());
        for message in messages {
            if message.seq > earlier.through_seq {
                self.memory.push(message);
            }
        }
        self.earlier = earlier;
        self.folding = None;
        self.bytes = self.memory.footprint() + self.earlier.footprint();
        self.answers = KeptAnswers::from_stored(answers, last_seq);
    }

    /// The whole session as the store keeps it.
    #[must_use]
    pub fn to_stored(&self) -> StoredSession {
        StoredSession {
            id: self.id.clone(),
            user_id: self.user_id.clone(),
            created_at: self.created_at,
            last_activity: self.last_activity,
            prompt_version: self.prompt_version.clone(),
            last_seq: self.last_seq,
            epoch: self.epoch,
            ownership: self.ownership.clone(),
            metadata: self.metadata.to_map(),
            messages: self.memory.iter().map(|m| Utterance::clone(m)).collect(),
            answers: self
                .answers
                .iter()
                .map(|(seq, json)| (seq, Arc::clone(json)))
                .collect(),
            earlier: self.earlier.clone(),
        }
    }

    /// The ownership epoch this instance's writes carry.
    #[must_use]
    pub fn epoch(&self) -> u64 {
        self.epoch
    }

    /// Sets the epoch of the claim that attached the current connection.
    pub fn set_epoch(&mut self, epoch: u64) {
        self.epoch = epoch;
    }

    /// Keeps the frame that answered message `seq` (the last few: [`KeptAnswers`]),
    /// with the questions it suggests when the caller has them (else they are
    /// read from the frame).
    pub fn keep_answer(&mut self, seq: u64, json: Arc<str>, questions: Option<Vec<Arc<str>>>) {
        match questions {
            Some(questions) => self.answers.keep_suggesting(seq, json, questions),
            None => self.answers.keep(seq, json),
        }
    }

    /// What a client that has the answers up to `after` is owed on resume.
    #[must_use]
    pub fn missed(&self, after: u64) -> Missed {
        self.answers.missed(after, self.memory.iter())
    }

    /// Whether `connection_id` is the connection attached now.
    #[must_use]
    pub fn is_attached_to(&self, connection_id: u64) -> bool {
        self.attachment
            .as_ref()
            .is_some_and(|a| a.connection_id == connection_id)
    }

    /// Server-side facts about the session.
    #[must_use]
    pub fn metadata(&self) -> serde_json::Map<String, serde_json::Value> {
        self.metadata.to_map()
    }

    /// Whether a connection is attached.
    #[must_use]
    pub fn is_attached(&self) -> bool {
        self.attachment.is_some()
    }

    /// Hands back the attached connection (to be told why it must let go).
    pub fn take_attachment(&mut self) -> Option<Attachment> {
        self.attachment.take()
    }

    /// The session id.
    #[must_use]
    pub fn id(&self) -> &SessionId {
        &self.id
    }

    /// When the session was created.
    #[must_use]
    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }

    /// The orchestrator prompt version of this session.
    #[must_use]
    pub fn prompt_version(&self) -> &str {
        &self.prompt_version
    }

    /// Messages held in memory.
    #[must_use]
    pub fn history_length(&self) -> usize {
        self.memory.len()
    }

    /// Whether an operator deleted this session.
    #[must_use]
    pub fn is_deleted(&self) -> bool {
        self.deleted
    }

    /// Whether the session has been idle and detached for longer than `timeout`,
    /// or `empty_timeout` when it never got a message.
    #[must_use]
    pub fn is_expired(
        &self,
        now: Instant,
        timeout: std::time::Duration,
        empty_timeout: std::time::Duration,
    ) -> bool {
        let limit = if self.last_seq == 0 {
            empty_timeout
        } else {
            timeout
        };
        self.attachment.is_none() && now.duration_since(self.last_activity_at) >= limit
    }

    fn touch(&mut self) {
        self.last_activity = Utc::now();
        self.last_activity_at = Instant::now();
    }

    /// Stores an accepted message under the next `seq`; it, and the change of
    /// the bytes the memory costs (without summaries, the oldest messages may
    /// have been dropped: see [`ConversationMemory::due`]).
    pub fn accept(&mut self, input: InputMessage) -> (Arc<Utterance>, i64) {
        self.last_seq += 1;
        self.answers.accepted(self.last_seq);
        self.touch();
        let before = self.bytes;
        let message = self.memory.push(input.into_utterance(self.last_seq));
        if !self.memory.summarizes() {
            let due = self.memory.due();
            if let Some(last) = self.memory.oldest(due).last() {
                let through = last.seq;
                self.forget_through(through);
            }
        }
        self.bytes = self.memory.footprint() + self.earlier.footprint();
        (message, delta(before, self.bytes))
    }

    /// Counts one message against a limit of `rpm` per minute (the limiter is
    /// made on first use); the error is how long until a message is allowed.
    ///
    /// # Errors
    /// The wait, when the session is over its limit.
    pub fn check_rate(&mut self, rpm: NonZeroU32) -> Result<(), std::time::Duration> {
        let limiter = self
            .rate
            .get_or_insert_with(|| Box::new(RateLimiter::direct(Quota::per_minute(rpm))));
        limiter
            .check()
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Attaches a connection, handing back the one it replaces (to be told
    /// [`Detach::TakenOver`]).
    pub fn attach(
        &mut self,
        attachment: Attachment,
        user_agent: Option<&str>,
    ) -> Option<Attachment> {
        self.touch();
        self.metadata.attached(user_agent);
        self.attachment.replace(attachment)
    }

    /// Detaches `connection_id` if it is still the attached one.
    pub fn detach(&mut self, connection_id: u64) -> bool {
        if self.is_attached_to(connection_id) {
            self.attachment = None;
            self.touch();
            return true;
        }
        false
    }

    /// Marks the session deleted and hands back its connection, to be told
    /// [`Detach::Deleted`].
    pub fn mark_deleted(&mut self) -> Option<Attachment> {
        self.deleted = true;
        self.attachment.take()
    }

    /// The conversation up to and including `target`, for an agent: the summary,
    /// then the window. The target is kept even if newer messages pushed it out
    /// of the memory window meanwhile.
    #[must_use]
    pub fn conversation(&self, target: &Arc<Utterance>) -> Conversation {
        let (mut messages, held) = self.memory.window(target.seq);
        if messages.last().is_none_or(|m| m.seq != target.seq) {
            messages.push(Arc::clone(target));
        }
        let mut earlier = self.earlier.tally;
        for message in &held {
            earlier.add(message);
        }
        Conversation {
            session_id: self.id.clone(),
            messages,
            summary: self.earlier.summary.as_ref().map(|s| Arc::clone(&s.text)),
            earlier,
            earlier_signals: self.earlier_signals(),
            suggested: self.answers.suggested(),
            started_at: self.created_at,
            prompt_version: self.prompt_version.clone(),
        }
    }

    /// The signals of the digest of the messages that left the window, each
    /// with the `seq` of the last message that carried it.
    fn earlier_signals(&self) -> Vec<(Signal, u64)> {
        let signals = &self.earlier.digest.signals;
        signals
            .iter()
            .filter_map(|(id, count)| Some((Signal::parse(id)?, count.last_seq)))
            .collect()
    }

    /// What an operator sees of this session, held by `instance`.
    #[must_use]
    pub fn info(&self, instance: &str) -> SessionInfo {
        SessionInfo {
            session_id: self.id.clone(),
            user_id: self.user_id.clone(),
            created_at: self.created_at,
            last_activity: self.last_activity,
            message_count: self.last_seq,
            connected: self.attachment.is_some(),
            instance: instance.to_owned(),
            prompt_version: self.prompt_version.clone(),
            metadata: self.metadata.to_map(),
            summary: SummaryInfo::of(&self.earlier),
        }
    }
}

/// The change from `before` to `after` bytes, signed.
pub(super) fn delta(before: u64, after: u64) -> i64 {
    i64::try_from(after).unwrap_or(i64::MAX) - i64::try_from(before).unwrap_or(i64::MAX)
}

mod fold;

pub use fold::{FoldApplied, FoldJob, SummaryInfo};

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
