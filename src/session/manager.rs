//! The `SessionManager`: every live session of this instance, on a `DashMap`,
//! written through to the session store (Redis, or nothing beyond memory).

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use dashmap::DashMap;
use tokio::sync::oneshot;
use tokio::time::Instant;

use super::quota::Quotas;
use super::state::{Detach, FoldApplied, Ownership, Session};
use super::store::{SessionStore, Write, WriteOutcome};
use crate::config::{AccessSettings, SessionSettings};
use crate::domain::{SessionId, Utterance};

mod open;
mod operator;

/// A shared handle on one session. Lock it briefly; never across an `.await`.
pub type SessionHandle = Arc<Mutex<Session>>;

/// Locks a session, recovering from a poisoned lock (a panic elsewhere must not
/// make the conversation unreachable).
pub fn lock(handle: &SessionHandle) -> MutexGuard<'_, Session> {
    handle.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Chooses the orchestrator prompt version of a session being created (the A/B
/// experiment, wired at start-up); the same id must always get the same version.
pub type AssignVersion = Arc<dyn Fn(&SessionId) -> String + Send + Sync>;

/// What a connection asks for when it opens.
#[derive(Debug)]
pub struct OpenRequest {
    /// The session to resume or create; `None` creates one with a new id.
    pub session_id: Option<SessionId>,
    /// The user id to record on a new session.
    pub user_id: Option<String>,
    /// The connecting client's `User-Agent`, kept in the session's metadata.
    pub user_agent: Option<String>,
    /// The connection's id.
    pub connection_id: u64,
    /// Where the connection hears that it must let go of the session.
    pub notify: oneshot::Sender<Detach>,
    /// Who may resume the session, if it is created.
    pub ownership: Ownership,
    /// The client's address (limit key), counted if the session is created.
    pub creator: Option<std::net::IpAddr>,
}

/// An opened session.
#[derive(Debug)]
pub struct Opened {
    /// The session.
    pub handle: SessionHandle,
    /// Its id.
    pub session_id: SessionId,
    /// Whether it existed before.
    pub resumed: bool,
    /// Messages in its memory.
    pub history_length: usize,
    /// Its orchestrator prompt version.
    pub prompt_version: String,
    /// The connection attached.
    pub connection_id: u64,
}

/// Why a session could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// MAX_SESSIONS sessions exist already.
    #[error("the server holds its maximum number of sessions ({0}); try again later")]
    Full(usize),
    /// The shared store cannot be reached, so a session this instance does not
    /// hold cannot be looked up.
    #[error("the session store is unavailable")]
    StoreUnavailable,
    /// Another connection claimed the session at the same moment, and won.
    #[error("another connection claimed the session")]
    Superseded,
}

/// Every live session of this instance.
pub struct SessionManager {
    sessions: DashMap<SessionId, SessionHandle>,
    count: AtomicUsize,
    next_connection: AtomicU64,
    settings: SessionSettings,
    assign_version: AssignVersion,
    store: Arc<dyn SessionStore>,
    instance: Arc<str>,
    quotas: Quotas,
    empty_timeout: std::time::Duration,
}

impl std::fmt::Debug for SessionManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionManager")
            .field("sessions", &self.len())
            .field("store", &self.store.name())
            .field("instance", &self.instance)
            .finish_non_exhaustive()
    }
}

impl SessionManager {
    /// An empty manager for `instance` (INSTANCE_ID) over `store`, with the
    /// quotas of `access`; new sessions get their prompt version from
    /// `assign_version`.
    #[must_use]
    pub fn new(
        settings: SessionSettings,
        access: &AccessSettings,
        assign_version: AssignVersion,
        store: Arc<dyn SessionStore>,
        instance: &str,
    ) -> Self {
        Self {
            quotas: Quotas::new(access),
            empty_timeout: access.empty_session_ttl,
            sessions: DashMap::new(),
            count: AtomicUsize::new(0),
            next_connection: AtomicU64::new(1),
            settings,
            assign_version,
            store,
            instance: Arc::from(instance),
        }
    }

    /// This instance's name (INSTANCE_ID).
    #[must_use]
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// The session store written through.
    #[must_use]
    pub fn store(&self) -> &Arc<dyn SessionStore> {
        &self.store
    }

    /// What one client may take of the session table.
    #[must_use]
    pub fn quotas(&self) -> &Quotas {
        &self.quotas
    }

    /// A fresh server-wide connection id.
    pub fn next_connection_id(&self) -> u64 {
        self.next_connection.fetch_add(1, Ordering::Relaxed)
    }

    /// Sessions held by this instance now.
    #[must_use]
    pub fn len(&self) -> usize {
        self.count.load(Ordering::Acquire)
    }

    /// Whether this instance holds no session.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The session `id` if this instance holds it.
    #[must_use]
    pub fn local(&self, id: &str) -> Option<SessionHandle> {
        self.sessions.get(id).map(|e| Arc::clone(e.value()))
    }

    /// Writes an accepted message through to the store; the receiver says when
    /// it is stored (`None`: nothing to wait for).
    pub fn write_message(
        &self,
        handle: &SessionHandle,
        utterance: &Utterance,
    ) -> Option<oneshot::Receiver<WriteOutcome>> {
        if !self.store.is_shared() {
            return None;
        }
        let (id, epoch) = {
            let session = lock(handle);
            (session.id().clone(), session.epoch())
        };
        let json = serde_json::to_string(utterance).ok()?;
        let seq = utterance.seq;
        self.store.write(Write::Message {
            id,
            epoch,
            seq,
            json,
        })
    }

    /// Writes through what the session remembers of the messages that left its
    /// window (after a fold), and counts the bytes it gained or freed.
    pub fn write_earlier(&self, handle: &SessionHandle, applied: &FoldApplied) {
        let (id, epoch) = {
            let session = lock(handle);
            (session.id().clone(), session.epoch())
        };
        let held = self
            .sessions
            .get(id.as_str())
            .is_some_and(|entry| Arc::ptr_eq(entry.value(), handle));
        if !held {
            // Let go meanwhile (expired, taken over): its bytes were counted out
            // with it, and it is no longer this instance's to write.
            return;
        }
        self.quotas.grow(applied.bytes_delta);
        if !self.store.is_shared() {
            return;
        }
        let Ok(json) = serde_json::to_string(&applied.earlier) else {
            return;
        };
        let _ = self.store.write(Write::Earlier {
            id,
            epoch,
            through_seq: applied.earlier.through_seq,
            json,
        });
    }

    /// Keeps the frame that answered message `seq`, and writes it through.
    pub fn keep_answer(&self, handle: &SessionHandle, seq: u64, json: Arc<str>) {
        self.keep_answer_suggesting(handle, seq, json, None);
    }

    /// As [`SessionManager::keep_answer`]; `questions`, when the caller has
    /// them, are the questions the frame suggests (else they are read from it).
    pub fn keep_answer_suggesting(
        &self,
        handle: &SessionHandle,
        seq: u64,
        json: Arc<str>,
        questions: Option<Vec<Arc<str>>>,
    ) {
        let (id, epoch) = {
            let mut session = lock(handle);
            session.keep_answer(seq, Arc::clone(&json), questions);
            (session.id().clone(), session.epoch())
        };
        if self.store.is_shared() {
            let _ = self.store.write(Write::Answer {
                id,
                epoch,
                seq,
                json,
            });
        }
    }

    /// Detaches `connection_id` from the session if it is still attached there,
    /// and tells the store it is no longer connected.
    pub fn detach(&self, handle: &SessionHandle, connection_id: u64) {
        let released = {
            let mut session = lock(handle);
            let detached = session.detach(connection_id) && !session.is_deleted();
            detached.then(|| (session.id().clone(), session.epoch(), session.metadata()))
        };
        if let (Some((id, epoch, metadata)), true) = (released, self.store.is_shared()) {
            let _ = self.store.write(Write::Release {
                id,
                epoch,
                metadata,
            });
        }
    }

    /// Every session held here.
    #[must_use]
    pub fn held(&self) -> Vec<SessionHandle> {
        self.sessions
            .iter()
            .map(|e| Arc::clone(e.value()))
            .collect()
    }

    /// The sessions attached here, with the epoch their writes carry.
    #[must_use]
    pub fn attached(&self) -> Vec<(SessionId, u64)> {
        self.sessions
            .iter()
            .filter_map(|e| {
                let session = lock(e.value());
                session
                    .is_attached()
                    .then(|| (e.key().clone(), session.epoch()))
            })
            .collect()
    }

    /// Removes detached sessions idle for longer than the timeout; returns how
    /// many. With a shared store they live on there (until REDIS_SESSION_TTL).
    pub fn expire_idle(&self) -> usize {
        let now = Instant::now();
        let timeout = self.settings.timeout;
        let empty = self.empty_timeout;
        let expired_at = |handle: &SessionHandle| lock(handle).is_expired(now, timeout, empty);
        let candidates: Vec<SessionId> = self
            .sessions
            .iter()
            .filter(|e| expired_at(e.value()))
            .map(|e| e.key().clone())
            .collect();
        let mut expired = 0;
        for id in candidates {
            let removed = self.sessions.remove_if(&id, |_, handle| expired_at(handle));
            if let Some((_, handle)) = removed {
                self.released(&handle);
                expired += 1;
                tracing::info!(session.id = %id, "idle session expired");
            }
        }
        self.quotas.sweep();
        expired
    }

    /// Counts a session removed from the table: its slot, its creator's quota,
    /// its bytes.
    fn released(&self, handle: &SessionHandle) {
        self.count.fetch_sub(1, Ordering::AcqRel);
        let session = lock(handle);
        self.quotas.removed(session.creator(), session.bytes());
    }
}

#[cfg(test)]
mod tests;
