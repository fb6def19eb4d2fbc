//! Where sessions are kept beyond this process: the [`SessionStore`] interface,
//! and its two implementations — [`MemoryStore`] (the default: nothing outlives
//! the process, the manager's table is every session there is) and
//! [`RedisStore`] (sessions shared by every instance, surviving restarts).
//!
//! The manager always serves live sessions from memory; a store is written
//! through, in order: an accepted message, each answer, each fold of the window
//! into the summary, a release on detach.
//! Ownership is an epoch: each claim of a session (a connection attaching
//! anywhere in the fleet) increments it, and a write carrying an older epoch is
//! refused ([`WriteOutcome::Fenced`]), so a connection that lost its session to
//! another one can no longer write to it.

mod redis;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use tokio::sync::{broadcast, oneshot};

pub use self::redis::RedisStore;
use super::state::{Ownership, SessionInfo};
use crate::domain::{Earlier, SessionId, Utterance};

/// A session's durable record.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredSession {
    /// Its id.
    pub id: SessionId,
    /// The user id given when it was created.
    pub user_id: Option<String>,
    /// When it was created.
    pub created_at: DateTime<Utc>,
    /// Its last activity.
    pub last_activity: DateTime<Utc>,
    /// Its orchestrator prompt version.
    pub prompt_version: String,
    /// The `seq` of its last accepted message.
    pub last_seq: u64,
    /// Its ownership epoch: incremented by every claim.
    pub epoch: u64,
    /// Who may resume it.
    pub ownership: Ownership,
    /// Server-side facts (connections so far, last user agent).
    pub metadata: Map<String, Value>,
    /// Its memory window, oldest first.
    pub messages: Vec<Utterance>,
    /// Its last answers (`seq` answered, frame JSON), oldest first.
    pub answers: Vec<(u64, Arc<str>)>,
    /// What it remembers of the messages that left its window: their counts,
    /// digest and summary.
    pub earlier: Earlier,
}

/// A connection asking to own a session.
#[derive(Debug, Clone)]
pub struct Claim {
    /// The session.
    pub id: SessionId,
    /// The user id, if the session is created.
    pub user_id: Option<String>,
    /// The prompt version, if the session is created.
    pub prompt_version: String,
    /// Server-side facts, if the session is created.
    pub metadata: Map<String, Value>,
    /// Who may resume it, if the session is created.
    pub ownership: Ownership,
}

/// A claim granted.
#[derive(Debug, Clone)]
pub struct Claimed {
    /// The epoch the claimant's writes carry.
    pub epoch: u64,
    /// The session as stored before this claim; `None` when the claim created it.
    pub existing: Option<StoredSession>,
}

/// One write, applied in order with the others.
#[derive(Debug, Clone)]
pub enum Write {
    /// An accepted message (`json`: the stored utterance).
    Message {
        /// The session.
        id: SessionId,
        /// The writer's epoch.
        epoch: u64,
        /// The message's `seq`.
        seq: u64,
        /// The message, serialized.
        json: String,
    },
    /// The frame that answered message `seq`.
    Answer {
        /// The session.
        id: SessionId,
        /// The writer's epoch.
        epoch: u64,
        /// The `seq` answered.
        seq: u64,
        /// The frame, serialized.
        json: Arc<str>,
    },
    /// Messages left the window: what the session remembers of them now (its
    /// summary), unless the store holds a newer one.
    Earlier {
        /// The session.
        id: SessionId,
        /// The writer's epoch.
        epoch: u64,
        /// The `seq` of the last message it covers.
        through_seq: u64,
        /// The [`Earlier`], serialized.
        json: String,
    },
    /// The connection detached: the session is no longer connected.
    Release {
        /// The session.
        id: SessionId,
        /// The writer's epoch.
        epoch: u64,
        /// Server-side facts to keep.
        metadata: Map<String, Value>,
    },
    /// The whole session, written back after the store lost it (Redis restarted
    /// empty); nothing older than what it holds is overwritten.
    Restore(Box<StoredSession>),
}

impl Write {
    /// The session written to.
    #[must_use]
    pub fn session(&self) -> &SessionId {
        match self {
            Self::Message { id, .. }
            | Self::Answer { id, .. }
            | Self::Earlier { id, .. }
            | Self::Release { id, .. } => id,
            Self::Restore(session) => &session.id,
        }
    }
}

/// How a write ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// It is in the store (or was already: writes are idempotent).
    Stored,
    /// Another connection owns the session now: the write was refused.
    Fenced,
    /// The session was deleted: the write was refused.
    Deleted,
    /// The store no longer has the session (it was restarted empty); the manager
    /// writes the session back ([`Write::Restore`]).
    Missing,
    /// Too many writes were waiting while the store was down: this one was
    /// dropped (logged and counted).
    GivenUp,
}

/// What another instance did to a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreEvent {
    /// A connection on `instance` claimed the session with `epoch`.
    TakenOver {
        /// The session.
        id: SessionId,
        /// The new owner's epoch.
        epoch: u64,
        /// The instance that took it.
        instance: String,
    },
    /// An operator deleted the session through `instance` (empty when a write
    /// found it deleted).
    Deleted {
        /// The session.
        id: SessionId,
        /// The instance that deleted it.
        instance: String,
    },
    /// A write found the session missing from the store: write it back.
    Missing {
        /// The session.
        id: SessionId,
    },
    /// The store answers again after being down: every session held here is
    /// written back (what the store has that is as new or newer is kept).
    Reconnected,
}

/// Whether the store can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreHealth {
    /// No shared store: sessions live in memory only.
    Disabled,
    /// The store answers.
    Up,
    /// The store does not answer: sessions go on from memory, writes wait.
    Down,
}

impl StoreHealth {
    /// The spelling in `/ready`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disabled => "disabled",
            Self::Up => "up",
            Self::Down => "down",
        }
    }
}

/// Why the store could not do something.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The store does not answer (or not in time).
    #[error("the session store is unavailable: {0}")]
    Unavailable(String),
    /// The store answered something it should not have.
    #[error("the session store answered unexpectedly: {0}")]
    Corrupt(String),
}

/// Durable session records, shared or not.
#[async_trait]
pub trait SessionStore: Send + Sync + std::fmt::Debug {
    /// `memory` or `redis`, for logs and `/ready`.
    fn name(&self) -> &'static str;

    /// Whether other instances see the same sessions (then listing and lookups
    /// go to the store; otherwise the manager's table is every session there is).
    fn is_shared(&self) -> bool;

    /// Whether the store can be reached.
    fn health(&self) -> StoreHealth;

    /// Writes queued and not yet in the store.
    fn writes_waiting(&self) -> usize;

    /// Writes dropped since start-up because too many were waiting.
    fn writes_given_up(&self) -> u64;

    /// Takes ownership of a session for a new connection (creating it if it is
    /// not stored), and tells the other instances.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be reached.
    async fn claim(&self, claim: Claim) -> Result<Claimed, StoreError>;

    /// Queues `write` behind the ones before it; the receiver says how it ended
    /// (`None`: the store keeps nothing, there is nothing to wait for).
    fn write(&self, write: Write) -> Option<oneshot::Receiver<WriteOutcome>>;

    /// Keeps the sessions attached here (id, epoch) from expiring, and marks
    /// them connected here.
    async fn keep_alive(&self, attached: Vec<(SessionId, u64)>);

    /// Deletes a session everywhere; whether it existed.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be reached.
    async fn delete(&self, id: &SessionId) -> Result<bool, StoreError>;

    /// One page of the fleet's sessions, oldest first, and the total.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be reached.
    async fn list(
        &self,
        limit: usize,
        offset: usize,
    ) -> Result<(Vec<SessionInfo>, usize), StoreError>;

    /// Who may resume session `id`; `None` when it is not stored.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be reached.
    async fn ownership(&self, id: &SessionId) -> Result<Option<Ownership>, StoreError>;

    /// What an operator sees of one session.
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be reached.
    async fn info(&self, id: &SessionId) -> Result<Option<SessionInfo>, StoreError>;

    /// What other instances do to sessions.
    fn events(&self) -> broadcast::Receiver<StoreEvent>;

    /// Removes index entries of sessions that expired; how many.
    async fn sweep(&self) -> usize;

    /// Waits (at most `within`) until every queued write is in the store; whether
    /// they all are.
    async fn flush(&self, within: Duration) -> bool;
}

/// The default store: nothing outlives the process. Claims only number epochs,
/// writes have nothing to do, and listing is the manager's own table.
#[derive(Debug)]
pub struct MemoryStore {
    epochs: AtomicU64,
    events: broadcast::Sender<StoreEvent>,
}

impl Default for MemoryStore {
    fn default() -> Self {
        Self {
            epochs: AtomicU64::new(0),
            events: broadcast::channel(1).0,
        }
    }
}

#[async_trait]
impl SessionStore for MemoryStore {
    fn name(&self) -> &'static str {
        "memory"
    }

    fn is_shared(&self) -> bool {
        false
    }

    fn health(&self) -> StoreHealth {
        StoreHealth::Disabled
    }

    fn writes_waiting(&self) -> usize {
        0
    }

    fn writes_given_up(&self) -> u64 {
        0
    }

    async fn claim(&self, _claim: Claim) -> Result<Claimed, StoreError> {
        let epoch = self.epochs.fetch_add(1, Ordering::Relaxed) + 1;
        Ok(Claimed {
            epoch,
            existing: None,
        })
    }

    fn write(&self, _write: Write) -> Option<oneshot::Receiver<WriteOutcome>> {
        None
    }

    async fn keep_alive(&self, _attached: Vec<(SessionId, u64)>) {}

    async fn delete(&self, _id: &SessionId) -> Result<bool, StoreError> {
        Ok(false)
    }

    async fn list(
        &self,
        _limit: usize,
        _offset: usize,
    ) -> Result<(Vec<SessionInfo>, usize), StoreError> {
        Ok((Vec::new(), 0))
    }

    async fn ownership(&self, _id: &SessionId) -> Result<Option<Ownership>, StoreError> {
        Ok(None)
    }

    async fn info(&self, _id: &SessionId) -> Result<Option<SessionInfo>, StoreError> {
        Ok(None)
    }

    fn events(&self) -> broadcast::Receiver<StoreEvent> {
        self.events.subscribe()
    }

    async fn sweep(&self) -> usize {
        0
    }

    async fn flush(&self, _within: Duration) -> bool {
        true
    }
}
