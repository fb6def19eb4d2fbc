//! Folding a session's memory window into its summary after a message is
//! accepted (SPEC 8): in the background when the window is full, so that no
//! suggestion ever waits for the summarizer; at once, by the embedded analyzer,
//! when the memory reached its cap while a slower fold was still on its way.
//!
//! A fold always ends with a summary: the summarizer falls back to the analyzer
//! by itself, shutdown makes it fold locally at once, and a panic drops the chunk
//! (counted in the window's statistics) rather than leaving the memory to grow.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use tracing::Instrument;

use crate::agents::store::PromptSnapshot;
use crate::agents::summarizer::{Cause, Summarizer};
use crate::domain::{Folded, SummarySource};
use crate::session::{FoldJob, SessionHandle, SessionManager, lock};
use crate::state::AppState;

/// Runs `job` (from `Session::start_fold`, when the accepted message made one due).
pub(super) fn start(state: &AppState, session: &SessionHandle, job: Option<FoldJob>) {
    let Some(job) = job else { return };
    let summarizer = Arc::clone(&state.summarizer);
    let snapshot = state.prompts.snapshot();
    if job.urgent {
        let folded = fold_now(&summarizer, &job, &snapshot);
        apply(&state.sessions, session, &job, folded);
        return;
    }
    let sessions = Arc::clone(&state.sessions);
    let session = Arc::clone(session);
    let shutdown = state.shutdown.clone();
    let span = tracing::info_span!("fold", through_seq = job.through_seq);
    let fold = async move {
        let call = AssertUnwindSafe(summarizer.fold(&job.request, &snapshot)).catch_unwind();
        let folded = tokio::select! {
            biased;
            () = shutdown.cancelled() => fold_now(&summarizer, &job, &snapshot),
            folded = call => folded.unwrap_or_else(|_| {
                tracing::error!("the summarizer panicked; the chunk is dropped from the summary");
                dropped(&job)
            }),
        };
        apply(&sessions, &session, &job, folded);
    };
    state.tracker.spawn(fold.instrument(span));
}

/// The analyzer's fold of `job`, at once; the chunk dropped if it panics.
fn fold_now(summarizer: &Summarizer, job: &FoldJob, snapshot: &PromptSnapshot) -> Folded {
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        summarizer.fold_locally(&job.request, snapshot, Cause::Urgent)
    }))
    .unwrap_or_else(|_| {
        tracing::error!("the embedded analyzer panicked while summarizing; the chunk is dropped from the summary");
        dropped(job)
    })
}

/// A fold that keeps the summary as it was (its messages leave it all the same).
fn dropped(job: &FoldJob) -> Folded {
    Folded {
        text: String::new(),
        source: SummarySource::Local,
        digest: job.request.digest.clone(),
    }
}

/// Applies `folded` to the session if `job` is still its fold in flight, and
/// writes the result through.
fn apply(sessions: &SessionManager, session: &SessionHandle, job: &FoldJob, folded: Folded) {
    let (source, chars) = (folded.source, folded.text.chars().count());
    let applied = lock(session).finish_fold(job.generation, job.through_seq, folded);
    let Some(applied) = applied else {
        tracing::debug!("fold discarded: the session moved on meanwhile");
        return;
    };
    sessions.write_earlier(session, &applied);
    tracing::info!(
        through_seq = job.through_seq,
        messages = job.request.messages.len(),
        source = source.as_str(),
        summary_chars = chars,
        "summary updated"
    );
}
