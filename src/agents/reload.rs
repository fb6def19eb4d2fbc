//! Hot reload of the prompt store: a watch of PROMPTS_DIR (recursive, debounced)
//! and SIGHUP both trigger [`PromptStore::reload`], until shutdown.
//!
//! The watch uses the `notify` crate (inotify, FSEvents, ReadDirectoryChanges…).
//! Read-only events are ignored — a reload opens every file, and must not trigger
//! the next one. Bursts of events (an editor writing a temporary file, then
//! renaming it) are folded into one reload once the folder has been quiet for
//! PROMPT_RELOAD_DEBOUNCE_MS.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::store::PromptStore;

/// What asked for a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A file under PROMPTS_DIR changed.
    FileChange,
    /// The process received SIGHUP.
    Hangup,
}

/// Starts reloading `store` on file changes (after `debounce` of quiet) and on
/// SIGHUP, until `shutdown` is cancelled. Call it from within the runtime: the
/// SIGHUP handler is installed before this returns. A watch that cannot be set up
/// is logged; SIGHUP still works.
#[must_use]
pub fn spawn_reloader(
    store: Arc<PromptStore>,
    debounce: Duration,
    shutdown: CancellationToken,
) -> JoinHandle<()> {
    let (changes, changed) = mpsc::channel(1);
    let watcher = store.source().dir().and_then(|dir| watch(dir, changes));
    let hangup = hangup_signal();
    tokio::spawn(async move {
        run(store, debounce, changed, hangup, shutdown).await;
        drop(watcher);
        tracing::debug!("prompt reloading stopped");
    })
}

async fn run(
    store: Arc<PromptStore>,
    debounce: Duration,
    mut changed: mpsc::Receiver<()>,
    mut hangup: Option<Hangup>,
    shutdown: CancellationToken,
) {
    loop {
        let trigger = tokio::select! {
            () = shutdown.cancelled() => return,
            Some(()) = changed.recv() => Trigger::FileChange,
            () = next_hangup(&mut hangup) => Trigger::Hangup,
        };
        let trigger = match trigger {
            Trigger::FileChange => tokio::select! {
                () = shutdown.cancelled() => return,
                () = quiet_for(debounce, &mut changed) => trigger,
                () = next_hangup(&mut hangup) => Trigger::Hangup,
            },
            Trigger::Hangup => trigger,
        };
        tracing::info!(trigger = ?trigger, "reloading prompts");
        let store = Arc::clone(&store);
        if tokio::task::spawn_blocking(move || store.reload())
            .await
            .is_err()
        {
            tracing::error!("the prompt reload panicked; the last good prompts keep serving");
        }
    }
}

/// Returns once no change arrived for `debounce`.
async fn quiet_for(debounce: Duration, changed: &mut mpsc::Receiver<()>) {
    loop {
        tokio::select! {
            () = tokio::time::sleep(debounce) => return,
            Some(()) = changed.recv() => {}
        }
    }
}

/// Watches `dir` recursively; each relevant event is a (coalesced) message.
fn watch(dir: &Path, changes: mpsc::Sender<()>) -> Option<RecommendedWatcher> {
    let handler = move |event: notify::Result<Event>| match event {
        Ok(event) if changes_content(&event.kind) => {
            let _ = changes.try_send(());
        }
        Ok(_) => {}
        Err(error) => tracing::warn!(error = %error, "prompt folder watch error"),
    };
    let watcher = notify::recommended_watcher(handler).and_then(|mut watcher| {
        watcher.watch(dir, RecursiveMode::Recursive)?;
        Ok(watcher)
    });
    match watcher {
        Ok(watcher) => {
            tracing::info!(dir = %dir.display(), "watching prompts for changes");
            Some(watcher)
        }
        Err(error) => {
            tracing::error!(dir = %dir.display(), error = %error, "cannot watch the prompts folder; reload with SIGHUP");
            None
        }
    }
}

/// Whether an event may have changed a file's content: not a mere open or read.
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

#[cfg(unix)]
type Hangup = tokio::signal::unix::Signal;
#[cfg(not(unix))]
type Hangup = ();

/// The SIGHUP stream, installed now (so a SIGHUP from here on reloads instead of
/// ending the process).
fn hangup_signal() -> Option<Hangup> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::hangup()) {
            Ok(signal) => Some(signal),
            Err(error) => {
                tracing::error!(error = %error, "cannot listen for SIGHUP");
                None
            }
        }
    }
    #[cfg(not(unix))]
    None
}

/// The next SIGHUP; never, without a stream.
async fn next_hangup(hangup: &mut Option<Hangup>) {
    #[cfg(unix)]
    if let Some(signal) = hangup
        && signal.recv().await.is_some()
    {
        return;
    }
    let _ = hangup;
    std::future::pending::<()>().await;
}

#[cfg(test)]
mod tests {
    use notify::event::{CreateKind, ModifyKind};

    use super::*;

    #[test]
    fn reads_do_not_trigger_a_reload_but_writes_do() {
        assert!(!changes_content(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!changes_content(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(changes_content(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(changes_content(&EventKind::Modify(ModifyKind::Any)));
        assert!(changes_content(&EventKind::Create(CreateKind::File)));
    }
}
