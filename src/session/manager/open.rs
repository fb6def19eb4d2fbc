//! Opening a session for a connection: a new one (held here only until its
//! first message makes it durable), or a requested one claimed in the store
//! (the other instances let go of it) and resumed or created.

use std::sync::{Arc, Mutex};

use dashmap::mapref::entry::Entry;
use tokio::sync::oneshot;

use super::{OpenError, OpenRequest, Opened, SessionHandle, SessionManager, lock};
use crate::domain::SessionId;
use crate::session::state::{Attachment, Detach};
use crate::session::state::{Ownership, Session};
use crate::session::store::{Claim, Claimed, StoreError};

impl SessionManager {
    /// Resumes the requested session or creates one, and attaches the
    /// connection. A requested session is claimed in the store at once; a new
    /// one costs the store nothing until its first message. A connection
    /// already attached here is told it was taken over.
    ///
    /// # Errors
    /// [`OpenError`] when MAX_SESSIONS is reached, the store cannot be reached
    /// for a session held elsewhere, or a concurrent claim won.
    pub async fn open(&self, mut request: OpenRequest) -> Result<Opened, OpenError> {
        for _ in 0..ATTACH_ATTEMPTS {
            let (handle, id, resumed) = self.find_or_create(&request).await?;
            match self.attach(handle, id, resumed, request) {
                Ok(opened) => return Ok(opened),
                Err(back) => request = *back,
            }
        }
        Err(OpenError::Superseded)
    }

    /// The session the request asks for (claimed in the store), or a new one.
    pub(super) async fn find_or_create(
        &self,
        request: &OpenRequest,
    ) -> Result<(SessionHandle, SessionId, bool), OpenError> {
        let Some(id) = request.session_id.clone() else {
            let id = SessionId::generate();
            let handle = self.create(self.claim_for(&id, request), request)?;
            return Ok((handle, id, false));
        };
        let claim = self.claim_for(&id, request);
        let (handle, resumed) = match self.store.claim(claim.clone()).await {
            Ok(claimed) => self.adopt(claim, claimed, request)?,
            Err(error) => self.without_store(claim, &error)?,
        };
        Ok((handle, id, resumed))
    }

    fn claim_for(&self, id: &SessionId, request: &OpenRequest) -> Claim {
        Claim {
            id: id.clone(),
            user_id: request.user_id.clone(),
            prompt_version: (self.assign_version)(id),
            metadata: serde_json::Map::new(),
            ownership: request.ownership.clone(),
        }
    }

    /// A new session held here, not yet in the store.
    fn create(&self, claim: Claim, request: &OpenRequest) -> Result<SessionHandle, OpenError> {
        self.reserve_slot()?;
        let mut session = self.new_session(claim);
        session.set_ownership(request.ownership.clone(), request.creator);
        self.quotas.created(request.creator);
        let handle = Arc::new(Mutex::new(session));
        self.sessions
            .insert(lock(&handle).id().clone(), Arc::clone(&handle));
        Ok(handle)
    }

    /// Who may resume session `id`, held here or in the store; `None` when it
    /// exists nowhere (a new id).
    ///
    /// # Errors
    /// [`StoreError`] when the store cannot be reached and this instance does not
    /// hold the session.
    pub async fn ownership(&self, id: &SessionId) -> Result<Option<Ownership>, StoreError> {
        if let Some(handle) = self.local(id.as_str()) {
            return Ok(Some(lock(&handle).ownership().clone()));
        }
        if !self.store.is_shared() {
            return Ok(None);
        }
        self.store.ownership(id).await
    }

    /// Makes a new session durable before its first message is written: claims
    /// it in the store (creating it there). Without the store, the session stays
    /// in memory and is written back once the store returns.
    pub async fn make_durable(&self, handle: &SessionHandle) {
        let claim = {
            let session = lock(handle);
            if session.is_durable() {
                return;
            }
            Claim {
                id: session.id().clone(),
                user_id: session.info("").user_id,
                prompt_version: session.prompt_version().to_owned(),
                metadata: session.metadata(),
                ownership: session.ownership().clone(),
            }
        };
        match self.store.claim(claim).await {
            Ok(claimed) => {
                let mut session = lock(handle);
                session.set_epoch(claimed.epoch);
                session.mark_durable();
            }
            Err(error) => {
                tracing::warn!(error = %error, "cannot store the new session yet; it is kept in memory");
            }
        }
    }

    /// The local session for a granted claim: the one held here (caught up with
    /// the store), the stored one, or a new one.
    fn adopt(
        &self,
        claim: Claim,
        claimed: Claimed,
        request: &OpenRequest,
    ) -> Result<(SessionHandle, bool), OpenError> {
        let Claimed { epoch, existing } = claimed;
        match self.sessions.entry(claim.id.clone()) {
            Entry::Occupied(entry) => {
                let handle = Arc::clone(entry.get());
                let mut session = lock(&handle);
                if existing.is_some() && session.epoch() > epoch {
                    return Err(OpenError::Superseded);
                }
                if let Some(stored) = existing {
                    let before = session.bytes();
                    session.catch_up(stored);
                    self.quotas.grow(delta(before, session.bytes()));
                }
                session.set_epoch(epoch);
                session.mark_durable();
                drop(session);
                Ok((handle, true))
            }
            Entry::Vacant(entry) => {
                self.reserve_slot()?;
                let resumed = existing.is_some();
                let mut session = match existing {
                    Some(stored) => Session::from_stored(
                        stored,
                        self.settings.max_memory_messages,
                        self.settings.folding,
                    ),
                    None => {
                        let mut session = self.new_session(claim);
                        session.set_ownership(request.ownership.clone(), request.creator);
                        self.quotas.created(request.creator);
                        session
                    }
                };
                self.quotas.grow(delta(0, session.bytes()));
                session.set_epoch(epoch);
                session.mark_durable();
                let handle = Arc::new(Mutex::new(session));
                entry.insert(Arc::clone(&handle));
                Ok((handle, resumed))
            }
        }
    }

    /// Opens a requested session without the store (it cannot be reached): one
    /// held here goes on from memory; one held only by the store cannot be
    /// looked up.
    fn without_store(
        &self,
        claim: Claim,
        error: &StoreError,
    ) -> Result<(SessionHandle, bool), OpenError> {
        tracing::warn!(session.id = %claim.id, error = %error, "session store unavailable at connect");
        match self.sessions.get(claim.id.as_str()) {
            Some(entry) => Ok((Arc::clone(entry.value()), true)),
            None => Err(OpenError::StoreUnavailable),
        }
    }

    fn new_session(&self, claim: Claim) -> Session {
        tracing::info!(session.id = %claim.id, prompt_version = %claim.prompt_version, "session created");
        let mut session = Session::new(
            claim.id,
            claim.user_id,
            claim.prompt_version,
            self.settings.max_memory_messages,
            self.settings.folding,
        );
        session.set_ownership(claim.ownership, None);
        session
    }

    /// Attaches the connection; the one it replaces is told it was taken over.
    /// Hands the request back when the session left the table before the
    /// connection was attached (deleted, expired or taken by another instance
    /// at that moment): a connection is never left on a session outside it.
    pub(super) fn attach(
        &self,
        handle: SessionHandle,
        id: SessionId,
        resumed: bool,
        request: OpenRequest,
    ) -> Result<Opened, Box<OpenRequest>> {
        let OpenRequest {
            connection_id,
            notify,
            ..
        } = request;
        let attachment = Attachment {
            connection_id,
            notify,
        };
        let previous = lock(&handle).attach(attachment, request.user_agent.as_deref());
        if let Some(previous) = previous {
            tracing::info!(session.id = %id, "session taken over by a new connection");
            let _ = previous.notify.send(Detach::TakenOver);
        }
        // Whoever removes a session takes its attachment after removing it: if
        // it is still in the table now, a later removal will tell this connection.
        let held = self
            .sessions
            .get(id.as_str())
            .is_some_and(|entry| Arc::ptr_eq(entry.value(), &handle));
        let mut session = lock(&handle);
        if !held && session.is_attached_to(connection_id) {
            let attachment = session.take_attachment();
            tracing::info!(session.id = %id, "session left the table while attaching; opening again");
            let notify = attachment.map(|a| a.notify);
            return Err(Box::new(OpenRequest {
                notify: notify.unwrap_or_else(|| oneshot::channel().0),
                connection_id,
                ..request
            }));
        }
        Ok(Opened {
            history_length: session.history_length(),
            prompt_version: session.prompt_version().to_owned(),
            connection_id,
            handle: Arc::clone(&handle),
            session_id: id,
            resumed,
        })
    }

    pub(super) fn reserve_slot(&self) -> Result<(), OpenError> {
        let max = self.settings.max_sessions;
        self.count
            .fetch_update(
                std::sync::atomic::Ordering::AcqRel,
                std::sync::atomic::Ordering::Acquire,
                |n| (n < max).then_some(n + 1),
            )
            .map(|_| ())
            .map_err(|_| OpenError::Full(max))
    }
}

/// Times a connection tries to attach to a session that leaves the table
/// while it attaches, before it is refused.
const ATTACH_ATTEMPTS: usize = 3;

/// The change from `before` to `after` bytes, signed.
fn delta(before: u64, after: u64) -> i64 {
    i64::try_from(after).unwrap_or(i64::MAX) - i64::try_from(before).unwrap_or(i64::MAX)
}
