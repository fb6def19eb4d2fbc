//! The operator's view of sessions: list, inspect and delete them — the fleet's,
//! from the store when it is shared — and letting one go from this instance.

use std::sync::Arc;

use super::{SessionHandle, SessionManager, lock};
use crate::domain::SessionId;
use crate::session::state::{Detach, SessionInfo};
use crate::session::store::StoreError;

impl SessionManager {
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
        self.released(&handle);
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
}
