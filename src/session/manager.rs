//! The `SessionManager`: every live session of this instance, on a `DashMap`,
//! written through to the session store (Redis, or nothing beyond memory).

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;
use tokio::sync::oneshot;
use tokio::time::Instant;

use super::state::{Attachment, Detach, Session, SessionInfo};
use super::store::{Claim, Claimed, SessionStore, StoreError, Write, WriteOutcome};
use crate::config::SessionSettings;
use crate::domain::{SessionId, Utterance};

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
    /// An empty manager for `instance` (INSTANCE_ID) over `store`; new sessions
    /// get their prompt version from `assign_version`.
    #[must_use]
    pub fn new(
        settings: SessionSettings,
        assign_version: AssignVersion,
        store: Arc<dyn SessionStore>,
        instance: &str,
    ) -> Self {
        Self {
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

    /// Resumes the requested session or creates one, claims it in the store (the
    /// other instances let go of it), and attaches the connection. A connection
    /// already attached here is told [`Detach::TakenOver`].
    ///
    /// # Errors
    /// [`OpenError`] when MAX_SESSIONS is reached, the store cannot be reached
    /// for a session held elsewhere, or a concurrent claim won.
    pub async fn open(&self, request: OpenRequest) -> Result<Opened, OpenError> {
        let requested = request.session_id.is_some();
        let id = request
            .session_id
            .clone()
            .unwrap_or_else(SessionId::generate);
        let claim = Claim {
            id: id.clone(),
            user_id: request.user_id.clone(),
            prompt_version: (self.assign_version)(&id),
            metadata: serde_json::Map::new(),
        };
        let (handle, resumed) = match self.store.claim(claim.clone()).await {
            Ok(claimed) => self.adopt(claim, claimed)?,
            Err(error) => self.without_store(claim, requested, &error)?,
        };
        Ok(self.attach(handle, id, resumed, request))
    }

    /// The local session for a granted claim: the one held here (caught up with
    /// the store), the stored one, or a new one.
    fn adopt(&self, claim: Claim, claimed: Claimed) -> Result<(SessionHandle, bool), OpenError> {
        let Claimed { epoch, existing } = claimed;
        match self.sessions.entry(claim.id.clone()) {
            Entry::Occupied(entry) => {
                let handle = Arc::clone(entry.get());
                let mut session = lock(&handle);
                if session.epoch() > epoch {
                    return Err(OpenError::Superseded);
                }
                if let Some(stored) = existing {
                    session.catch_up(stored);
                }
                session.set_epoch(epoch);
                drop(session);
                Ok((handle, true))
            }
            Entry::Vacant(entry) => {
                self.reserve_slot()?;
                let resumed = existing.is_some();
                let mut session = match existing {
                    Some(stored) => Session::from_stored(stored, self.settings.max_memory_messages),
                    None => self.new_session(claim),
                };
                session.set_epoch(epoch);
                let handle = Arc::new(Mutex::new(session));
                entry.insert(Arc::clone(&handle));
                Ok((handle, resumed))
            }
        }
    }

    /// Opens without the store (it cannot be reached): a session held here goes
    /// on from memory; a new one is made here (written back once the store
    /// returns); one held only by the store cannot be looked up.
    fn without_store(
        &self,
        claim: Claim,
        requested: bool,
        error: &StoreError,
    ) -> Result<(SessionHandle, bool), OpenError> {
        tracing::warn!(session.id = %claim.id, error = %error, "session store unavailable at connect");
        match self.sessions.entry(claim.id.clone()) {
            Entry::Occupied(entry) => Ok((Arc::clone(entry.get()), true)),
            Entry::Vacant(_) if requested => Err(OpenError::StoreUnavailable),
            Entry::Vacant(entry) => {
                self.reserve_slot()?;
                let handle = Arc::new(Mutex::new(self.new_session(claim)));
                entry.insert(Arc::clone(&handle));
                Ok((handle, false))
            }
        }
    }

    fn new_session(&self, claim: Claim) -> Session {
        tracing::info!(session.id = %claim.id, prompt_version = %claim.prompt_version, "session created");
        Session::new(
            claim.id,
            claim.user_id,
            claim.prompt_version,
            self.settings.max_memory_messages,
        )
    }

    /// Attaches the connection; the one it replaces is told it was taken over.
    fn attach(
        &self,
        handle: SessionHandle,
        id: SessionId,
        resumed: bool,
        request: OpenRequest,
    ) -> Opened {
        let attachment = Attachment {
            connection_id: request.connection_id,
            notify: request.notify,
        };
        let (previous, history_length, prompt_version) = {
            let mut session = lock(&handle);
            let previous = session.attach(attachment, request.user_agent.as_deref());
            (
                previous,
                session.history_length(),
                session.prompt_version().to_owned(),
            )
        };
        if let Some(previous) = previous {
            tracing::info!(session.id = %id, "session taken over by a new connection");
            let _ = previous.notify.send(Detach::TakenOver);
        }
        Opened {
            handle,
            session_id: id,
            resumed,
            history_length,
            prompt_version,
        }
    }

    fn reserve_slot(&self) -> Result<(), OpenError> {
        let max = self.settings.max_sessions;
        self.count
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < max).then_some(n + 1)
            })
            .map(|_| ())
            .map_err(|_| OpenError::Full(max))
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

    /// Keeps the frame that answered message `seq`, and writes it through.
    pub fn keep_answer(&self, handle: &SessionHandle, seq: u64, json: Arc<str>) {
        let (id, epoch) = {
            let mut session = lock(handle);
            session.keep_answer(seq, Arc::clone(&json));
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
            detached.then(|| {
                (
                    session.id().clone(),
                    session.epoch(),
                    session.metadata().clone(),
                )
            })
        };
        if let (Some((id, epoch, metadata)), true) = (released, self.store.is_shared()) {
            let _ = self.store.write(Write::Release {
                id,
                epoch,
                metadata,
            });
        }
    }

    /// Deletes a session everywhere; its live connection (here or on another
    /// instance) is told [`Detach::Deleted`]. Returns whether it existed.
    ///
    /// # Errors
    /// [`StoreError`] when the shared store cannot be reached.
    pub async fn delete(&self, id: &str) -> Result<bool, StoreError> {
        let stored = match SessionId::parse(id) {
            Ok(id) if self.store.is_shared() => self.store.delete(&id).await?,
            _ => false,
        };
        Ok(self.forget(id, Detach::Deleted) || stored)
    }

    /// Removes a session from this instance; its connection is told `why`.
    /// Returns whether it was held here.
    pub fn forget(&self, id: &str, why: Detach) -> bool {
        let Some((_, handle)) = self.sessions.remove(id) else {
            return false;
        };
        self.count.fetch_sub(1, Ordering::AcqRel);
        let attachment = {
            let mut session = lock(&handle);
            match why {
                Detach::Deleted => session.mark_deleted(),
                Detach::TakenOver => session.take_attachment(),
            }
        };
        if let Some(attachment) = attachment {
            let _ = attachment.notify.send(why);
        }
        tracing::info!(session.id = %id, reason = ?why, "session let go");
        true
    }

    /// What an operator sees of one session (from the store when it is shared).
    ///
    /// # Errors
    /// [`StoreError`] when the shared store cannot be reached and this instance
    /// does not hold the session.
    pub async fn info(&self, id: &str) -> Result<Option<SessionInfo>, StoreError> {
        let local = self
            .local(id)
            .map(|handle| lock(&handle).info(&self.instance));
        if !self.store.is_shared() {
            return Ok(local);
        }
        let Ok(parsed) = SessionId::parse(id) else {
            return Ok(None);
        };
        match self.store.info(&parsed).await {
            Ok(stored) => Ok(stored.or(local)),
            Err(error) => local.map(Some).ok_or(error),
        }
    }

    /// One page of sessions, oldest first, and the total (every instance's when
    /// the store is shared).
    ///
    /// # Errors
    /// [`StoreError`] when the shared store cannot be reached.
    pub async fn list(
        &self,
        limit: usize,
        offset: usize,
    ) -> Result<(Vec<SessionInfo>, usize), StoreError> {
        if self.store.is_shared() {
            return self.store.list(limit, offset).await;
        }
        Ok(self.list_local(limit, offset))
    }

    fn list_local(&self, limit: usize, offset: usize) -> (Vec<SessionInfo>, usize) {
        let mut all: Vec<(chrono::DateTime<chrono::Utc>, SessionId, SessionHandle)> = self
            .sessions
            .iter()
            .map(|e| {
                (
                    lock(e.value()).created_at(),
                    e.key().clone(),
                    Arc::clone(e.value()),
                )
            })
            .collect();
        let total = all.len();
        all.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        let page = all
            .iter()
            .skip(offset)
            .take(limit)
            .map(|(_, _, handle)| lock(handle).info(&self.instance))
            .collect();
        (page, total)
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
        let candidates: Vec<SessionId> = self
            .sessions
            .iter()
            .filter(|e| lock(e.value()).is_expired(now, timeout))
            .map(|e| e.key().clone())
            .collect();
        let mut expired = 0;
        for id in candidates {
            let removed = self
                .sessions
                .remove_if(&id, |_, handle| lock(handle).is_expired(now, timeout));
            if removed.is_some() {
                self.count.fetch_sub(1, Ordering::AcqRel);
                expired += 1;
                tracing::info!(session.id = %id, "idle session expired");
            }
        }
        expired
    }
}

#[cfg(test)]
mod tests;
