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

#[cfg(test)]
mod tests {
    use super::*;

    /// hdrhistogram keeps 3 significant digits.
    fn about(ms: f64, expected: f64) -> bool {
        (ms - expected).abs() <= expected * 0.001
    }

    fn frame(json: &str) -> Frame {
        serde_json::from_str(json).unwrap()
    }

    fn run_of(messages: u64) -> (Coverage, Instant) {
        let start = Instant::now();
        let mut coverage = Coverage::new(start, Duration::from_secs(5), messages);
        for seq in 1..=messages {
            coverage.sent(seq, start);
        }
        (coverage, start)
    }

    #[test]
    fn a_message_is_covered_by_its_own_answer() {
        let (mut coverage, start) = run_of(1);
        let at = start + Duration::from_millis(200);
        coverage.on_frame(&frame(r#"{"type":"suggestion","reply_to":1}"#), at);
        assert_eq!(coverage.uncovered(), 0);
        assert!(
            about(coverage.overall.summary().max_ms, 200.0),
            "{}",
            coverage.overall.summary().max_ms
        );
    }

    #[test]
    fn an_acked_message_is_covered_when_the_answer_it_names_arrives() {
        let (mut coverage, start) = run_of(3);
        coverage.on_frame(&frame(r#"{"type":"ack","seq":1,"covered_by":3}"#), start);
        coverage.on_frame(&frame(r#"{"type":"ack","seq":2,"covered_by":3}"#), start);
        assert_eq!(coverage.uncovered(), 3);
        let at = start + Duration::from_millis(400);
        coverage.on_frame(
            &frame(r#"{"type":"error","error_code":"LLM_ERROR","reply_to":3}"#),
            at,
        );
        assert_eq!(coverage.uncovered(), 0);
        assert_eq!(coverage.overall.len(), 3);
        assert_eq!(coverage.frames["error:LLM_ERROR"], 1);
    }

    #[test]
    fn coverage_follows_a_chain_of_acks() {
        let (mut coverage, start) = run_of(3);
        coverage.on_frame(&frame(r#"{"type":"ack","seq":1,"covered_by":2}"#), start);
        coverage.on_frame(&frame(r#"{"type":"ack","seq":2,"covered_by":3}"#), start);
        coverage.on_frame(&frame(r#"{"type":"suggestion","reply_to":3}"#), start);
        assert_eq!(coverage.uncovered(), 0);
    }

    #[test]
    fn an_ack_naming_an_answer_already_received_covers_at_that_answer() {
        let (mut coverage, start) = run_of(2);
        let answered = start + Duration::from_millis(100);
        coverage.on_frame(&frame(r#"{"type":"suggestion","reply_to":2}"#), answered);
        let later = start + Duration::from_millis(900);
        coverage.on_frame(&frame(r#"{"type":"ack","seq":1,"covered_by":2}"#), later);
        assert_eq!(coverage.uncovered(), 0);
        assert!(
            about(coverage.overall.summary().max_ms, 100.0),
            "{}",
            coverage.overall.summary().max_ms
        );
    }

    #[test]
    fn delays_are_grouped_by_the_slice_the_message_was_sent_in() {
        let start = Instant::now();
        let mut coverage = Coverage::new(start, Duration::from_secs(5), 2);
        coverage.sent(1, start);
        coverage.sent(2, start + Duration::from_secs(6));
        let end = start + Duration::from_secs(7);
        coverage.on_frame(&frame(r#"{"type":"suggestion","reply_to":1}"#), end);
        coverage.on_frame(&frame(r#"{"type":"suggestion","reply_to":2}"#), end);
        let slices = summarize_slices(&coverage.slices, Duration::from_secs(5));
        assert_eq!(slices.len(), 2);
        assert!(
            about(slices[0].delay.max_ms, 7000.0),
            "{}",
            slices[0].delay.max_ms
        );
        assert!(
            about(slices[1].delay.max_ms, 1000.0),
            "{}",
            slices[1].delay.max_ms
        );
    }

    #[test]
    fn frames_naming_unsent_messages_are_counted_not_covered() {
        let (mut coverage, start) = run_of(1);
        coverage.on_frame(&frame(r#"{"type":"suggestion","reply_to":7}"#), start);
        assert_eq!(coverage.unknown, 1);
        assert_eq!(coverage.uncovered(), 1);
    }
}
