//! Which frame covers each message, and how long after it was sent.
//!
//! A message is covered by its own answer (`suggestion` or `error` with its
//! `seq` as `reply_to`) or, in `latest` mode, by the answer to the message its
//! `ack` names as `covered_by`; an ack may name a message that is itself acked
//! later, so coverage follows the chain. Message `i` of a new session has
//! `seq` = `i` (the harness checks the session starts empty).

use std::collections::HashMap;
use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

use crate::conn::{Frame, FrameCounts, count};
use crate::stats::{Latencies, Summary, round3};

/// The coverage of one session's messages.
pub struct Coverage {
    start: Instant,
    slice: Duration,
    /// Send time of message `seq`, at index `seq`.
    sent: Vec<Option<Instant>>,
    covered: Vec<bool>,
    /// Messages waiting for the answer to the key.
    waiting: HashMap<u64, Vec<u64>>,
    /// When the answer to each message arrived.
    answered_at: HashMap<u64, Instant>,
    /// Delays, all messages.
    pub overall: Latencies,
    /// Delays by the slice of the run the message was sent in.
    pub slices: Vec<Latencies>,
    /// Frames received, by label.
    pub frames: FrameCounts,
    /// Frames naming a message never sent.
    pub unknown: u64,
    sent_count: u64,
    covered_count: u64,
}

impl Coverage {
    /// Coverage of a run starting at `start`, with delays grouped by `slice`.
    #[must_use]
    pub fn new(start: Instant, slice: Duration, messages: u64) -> Self {
        let len = usize::try_from(messages).unwrap_or(0) + 1;
        Self {
            start,
            slice,
            sent: vec![None; len],
            covered: vec![false; len],
            waiting: HashMap::new(),
            answered_at: HashMap::new(),
            overall: Latencies::default(),
            slices: Vec::new(),
            frames: FrameCounts::new(),
            unknown: 0,
            sent_count: 0,
            covered_count: 0,
        }
    }

    /// Message `seq` was sent at `at`.
    pub fn sent(&mut self, seq: u64, at: Instant) {
        if let Some(slot) = self.slot(seq)
            && self.sent[slot].replace(at).is_none()
        {
            self.sent_count += 1;
        }
    }

    /// Messages sent and not covered yet.
    #[must_use]
    pub fn uncovered(&self) -> u64 {
        self.sent_count - self.covered_count
    }

    /// Messages sent.
    #[must_use]
    pub fn sent_count(&self) -> u64 {
        self.sent_count
    }

    /// Takes a frame received at `at` into account.
    pub fn on_frame(&mut self, frame: &Frame, at: Instant) {
        count(&mut self.frames, frame.label());
        match (
            frame.kind.as_deref(),
            frame.seq,
            frame.covered_by,
            frame.reply_to,
        ) {
            (Some("ack"), Some(seq), Some(by), _) => self.on_ack(seq, by),
            (_, _, _, Some(seq)) if frame.is_answer() => self.on_answer(seq, at),
            _ => {}
        }
    }

    fn on_ack(&mut self, seq: u64, by: u64) {
        let mut group = self.waiting.remove(&seq).unwrap_or_default();
        group.push(seq);
        if let Some(&at) = self.answered_at.get(&by) {
            group.into_iter().for_each(|s| self.cover(s, at));
        } else {
            self.waiting.entry(by).or_default().extend(group);
        }
    }

    fn on_answer(&mut self, seq: u64, at: Instant) {
        self.answered_at.insert(seq, at);
        self.cover(seq, at);
        for covered in self.waiting.remove(&seq).unwrap_or_default() {
            self.cover(covered, at);
        }
    }

    fn cover(&mut self, seq: u64, at: Instant) {
        let Some(slot) = self.slot(seq) else {
            self.unknown += 1;
            return;
        };
        let Some(sent) = self.sent[slot] else {
            self.unknown += 1;
            return;
        };
        if std::mem::replace(&mut self.covered[slot], true) {
            return;
        }
        self.covered_count += 1;
        let delay = at.saturating_duration_since(sent);
        self.overall.record(delay);
        let index = slice_index(sent.saturating_duration_since(self.start), self.slice);
        if self.slices.len() <= index {
            self.slices.resize_with(index + 1, Latencies::default);
        }
        self.slices[index].record(delay);
    }

    fn slot(&self, seq: u64) -> Option<usize> {
        usize::try_from(seq).ok().filter(|&s| s < self.sent.len())
    }
}

fn slice_index(elapsed: Duration, slice: Duration) -> usize {
    let index = elapsed.as_nanos() / slice.as_nanos().max(1);
    usize::try_from(index).unwrap_or(usize::MAX)
}

/// The delays of messages sent in one slice of the run.
#[derive(Debug, Clone, Serialize)]
pub struct Slice {
    /// Start of the slice, seconds into the run.
    pub from_s: f64,
    /// End of the slice.
    pub to_s: f64,
    /// Delays to coverage of the messages sent in it.
    pub delay: Summary,
}

/// Summaries of `slices` of `slice` each.
#[must_use]
pub fn summarize_slices(slices: &[Latencies], slice: Duration) -> Vec<Slice> {
    slices
        .iter()
        .enumerate()
        .map(|(i, latencies)| Slice {
            from_s: round3(slice.as_secs_f64() * i as f64),
            to_s: round3(slice.as_secs_f64() * (i + 1) as f64),
            delay: latencies.summary(),
        })
        .collect()
}
