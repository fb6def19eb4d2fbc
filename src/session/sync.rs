//! Keeping this instance's sessions in step with the store: what other instances
//! do (take-overs, deletions) reaches the connections held here, a session the
//! store lost is written back, and attached sessions are kept from expiring.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::broadcast::error::RecvError;
use tokio_util::sync::CancellationToken;

use super::manager::{SessionHandle, SessionManager, lock};
use super::state::Detach;
use super::store::{StoreEvent, Write};

/// Applies the store's events until `shutdown`.
pub async fn follow_store(manager: Arc<SessionManager>, shutdown: CancellationToken) {
    let mut events = manager.store().events();
    loop {
        let event = tokio::select! {
            () = shutdown.cancelled() => return,
            event = events.recv() => event,
        };
        match event {
            Ok(event) => apply(&manager, event),
            Err(RecvError::Lagged(missed)) => {
                tracing::warn!(missed, "session store events were missed");
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// What one event means for the sessions held here.
fn apply(manager: &SessionManager, event: StoreEvent) {
    match event {
        StoreEvent::TakenOver {
            id,
            epoch,
            instance,
        } if instance != manager.instance() => {
            let older = manager
                .local(id.as_str())
                .is_some_and(|handle| lock(&handle).epoch() < epoch);
            if older {
                tracing::info!(session.id = %id, %instance, "session taken over on another instance");
                manager.forget(id.as_str(), Detach::TakenOver);
            }
        }
        StoreEvent::Deleted { id, instance } if instance != manager.instance() => {
            manager.forget(id.as_str(), Detach::Deleted);
        }
        StoreEvent::Missing { id } => {
            if let Some(handle) = manager.local(id.as_str()) {
                tracing::warn!(session.id = %id, "the store lost the session, or writes to it; writing it back");
                write_back(manager, &handle);
            }
        }
        StoreEvent::Reconnected => {
            let held = manager.held();
            tracing::info!(
                sessions = held.len(),
                "the store is back; writing back the sessions held here"
            );
            for handle in &held {
                write_back(manager, handle);
            }
        }
        StoreEvent::TakenOver { .. } | StoreEvent::Deleted { .. } => {}
    }
}

/// Queues the whole session for the store; it keeps what it has that is as new
/// or newer, and refuses a session another instance owns now or that was deleted.
fn write_back(manager: &SessionManager, handle: &SessionHandle) {
    let session = lock(handle).to_stored();
    let _ = manager.store().write(Write::Restore(Box::new(session)));
}

/// Every `period` until `shutdown`: keeps the sessions attached here alive in
/// the store, and sweeps the store's index of expired sessions.
pub async fn keep_alive(
    manager: Arc<SessionManager>,
    period: Duration,
    shutdown: CancellationToken,
) {
    let mut ticker = tokio::time::interval(period);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = ticker.tick() => {}
        }
        manager.store().keep_alive(manager.attached()).await;
        let swept = manager.store().sweep().await;
        if swept > 0 {
            tracing::info!(swept, "expired sessions removed from the store's index");
        }
    }
}
