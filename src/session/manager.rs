//! The `SessionManager`: every session of this instance, on a `DashMap`.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;
use tokio::sync::oneshot;
use tokio::time::Instant;

use super::state::{Attachment, Detach, Session, SessionInfo};
use crate::config::SessionSettings;
use crate::domain::SessionId;

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
}

/// Every session of this instance.
pub struct SessionManager {
    sessions: DashMap<SessionId, SessionHandle>,
    count: AtomicUsize,
    next_connection: AtomicU64,
    settings: SessionSettings,
    assign_version: AssignVersion,
}

impl std::fmt::Debug for SessionManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionManager")
            .field("sessions", &self.len())
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl SessionManager {
    /// An empty manager; new sessions get their prompt version from `assign_version`.
    #[must_use]
    pub fn new(settings: SessionSettings, assign_version: AssignVersion) -> Self {
        Self {
            sessions: DashMap::new(),
            count: AtomicUsize::new(0),
            next_connection: AtomicU64::new(1),
            settings,
            assign_version,
        }
    }

    /// A fresh server-wide connection id.
    pub fn next_connection_id(&self) -> u64 {
        self.next_connection.fetch_add(1, Ordering::Relaxed)
    }

    /// Sessions held now.
    #[must_use]
    pub fn len(&self) -> usize {
        self.count.load(Ordering::Acquire)
    }

    /// Whether no session is held.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Resumes the requested session or creates one, and attaches the connection.
    /// A connection already attached is told [`Detach::TakenOver`].
    ///
    /// # Errors
    /// [`OpenError::Full`] when MAX_SESSIONS is reached.
    pub fn open(&self, request: OpenRequest) -> Result<Opened, OpenError> {
        let id = request.session_id.unwrap_or_else(SessionId::generate);
        let (handle, resumed) = match self.sessions.entry(id.clone()) {
            Entry::Occupied(entry) => (Arc::clone(entry.get()), true),
            Entry::Vacant(entry) => {
                self.reserve_slot()?;
                let prompt_version = (self.assign_version)(&id);
                tracing::info!(session.id = %id, %prompt_version, "session created");
                let session = Session::new(
                    id.clone(),
                    request.user_id.clone(),
                    prompt_version,
                    self.settings.max_memory_messages,
                );
                let handle = Arc::new(Mutex::new(session));
                entry.insert(Arc::clone(&handle));
                (handle, false)
            }
        };
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
        Ok(Opened {
            handle,
            session_id: id,
            resumed,
            history_length,
            prompt_version,
        })
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

    /// Detaches `connection_id` from the session if it is still attached there.
    pub fn detach(&self, handle: &SessionHandle, connection_id: u64) {
        lock(handle).detach(connection_id);
    }

    /// Deletes a session; its live connection is told [`Detach::Deleted`].
    /// Returns whether it existed.
    pub fn delete(&self, id: &str) -> bool {
        let Some((_, handle)) = self.sessions.remove(id) else {
            return false;
        };
        self.count.fetch_sub(1, Ordering::AcqRel);
        let attachment = lock(&handle).mark_deleted();
        if let Some(attachment) = attachment {
            let _ = attachment.notify.send(Detach::Deleted);
        }
        tracing::info!(session.id = %id, "session deleted");
        true
    }

    /// What an operator sees of one session.
    #[must_use]
    pub fn info(&self, id: &str) -> Option<SessionInfo> {
        let handle = self.sessions.get(id).map(|e| Arc::clone(e.value()))?;
        let info = lock(&handle).info();
        Some(info)
    }

    /// One page of sessions, oldest first, and the total.
    #[must_use]
    pub fn list(&self, limit: usize, offset: usize) -> (Vec<SessionInfo>, usize) {
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
            .map(|(_, _, handle)| lock(handle).info())
            .collect();
        (page, total)
    }

    /// Removes detached sessions idle for longer than the timeout; returns how many.
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
mod tests {
    use std::time::Duration;

    use super::*;

    fn manager(timeout: Duration) -> SessionManager {
        let settings = SessionSettings {
            max_sessions: 10,
            timeout,
            cleanup_interval: Duration::from_secs(60),
            max_memory_messages: 50,
        };
        SessionManager::new(settings, Arc::new(|id| format!("v-{}", id.as_str().len())))
    }

    fn open(manager: &SessionManager, id: &str) -> (Opened, u64) {
        let connection_id = manager.next_connection_id();
        let (notify, _detached) = oneshot::channel();
        let request = OpenRequest {
            session_id: Some(SessionId::parse(id).unwrap()),
            user_id: None,
            user_agent: None,
            connection_id,
            notify,
        };
        (manager.open(request).unwrap(), connection_id)
    }

    #[tokio::test(start_paused = true)]
    async fn only_a_detached_session_expires_and_only_after_the_timeout() {
        let timeout = Duration::from_secs(30 * 60);
        let manager = manager(timeout);
        let (attached, _) = open(&manager, "attached-1");
        let (detached, connection) = open(&manager, "detached-1");
        manager.detach(&detached.handle, connection);
        tokio::time::advance(timeout - Duration::from_secs(1)).await;
        assert_eq!(manager.expire_idle(), 0, "not yet");
        tokio::time::advance(Duration::from_secs(1)).await;
        assert_eq!(manager.expire_idle(), 1);
        assert!(manager.info("detached-1").is_none());
        tokio::time::advance(timeout * 10).await;
        assert_eq!(
            manager.expire_idle(),
            0,
            "an attached session never expires"
        );
        assert!(
            manager
                .info(attached.session_id.as_str())
                .unwrap()
                .connected
        );
    }

    #[test]
    fn a_new_session_gets_its_version_from_the_assigner_and_keeps_it() {
        let manager = manager(Duration::from_secs(60));
        let (created, _) = open(&manager, "twelve-chars");
        assert_eq!(
            (created.resumed, created.prompt_version.as_str()),
            (false, "v-12")
        );
        let (resumed, _) = open(&manager, "twelve-chars");
        assert_eq!(
            (resumed.resumed, resumed.prompt_version.as_str()),
            (true, "v-12")
        );
    }
}
