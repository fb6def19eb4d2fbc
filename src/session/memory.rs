//! A session's conversation memory: the newest messages, shared cheaply with agents.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::domain::Utterance;

/// The last `capacity` accepted messages of a conversation, oldest first.
#[derive(Debug)]
pub struct ConversationMemory {
    messages: VecDeque<Arc<Utterance>>,
    capacity: usize,
}

impl ConversationMemory {
    /// An empty memory holding at most `capacity` messages.
    #[must_use]
    pub fn new(capacity: usize) -> Self {
        Self {
            messages: VecDeque::new(),
            capacity: capacity.max(1),
        }
    }

    /// Stores a message, dropping the oldest one past capacity; the message
    /// stored, and the one dropped.
    pub fn push(&mut self, message: Utterance) -> (Arc<Utterance>, Option<Arc<Utterance>>) {
        let dropped = if self.messages.len() == self.capacity {
            self.messages.pop_front()
        } else {
            None
        };
        let message = Arc::new(message);
        self.messages.push_back(Arc::clone(&message));
        (message, dropped)
    }

    /// The bytes the messages held cost ([`Utterance::footprint`]).
    #[must_use]
    pub fn footprint(&self) -> u64 {
        self.messages.iter().map(|m| m.footprint()).sum()
    }

    /// Most messages held.
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Messages held now.
    #[must_use]
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    /// Whether nothing is held.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The messages with `seq <= up_to`, oldest first.
    #[must_use]
    pub fn up_to(&self, up_to: u64) -> Vec<Arc<Utterance>> {
        self.messages
            .iter()
            .take_while(|m| m.seq <= up_to)
            .cloned()
            .collect()
    }

    /// Every message held, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Utterance>> {
        self.messages.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Sentiment, Speaker};

    fn utterance(seq: u64) -> Utterance {
        Utterance {
            seq,
            text: format!("message {seq}"),
            speaker: Speaker::Client,
            sentiment: Sentiment::Neutral,
            emotion: "neutral".to_owned(),
            message_id: None,
            timestamp: None,
            received_at: chrono::Utc::now(),
            rendered: Default::default(),
        }
    }

    #[test]
    fn memory_keeps_the_newest_messages_up_to_capacity() {
        let mut memory = ConversationMemory::new(3);
        for seq in 1..=5 {
            memory.push(utterance(seq));
        }
        let seqs: Vec<u64> = memory.iter().map(|m| m.seq).collect();
        assert_eq!(seqs, vec![3, 4, 5]);
        let seqs: Vec<u64> = memory.up_to(4).iter().map(|m| m.seq).collect();
        assert_eq!(seqs, vec![3, 4]);
    }
}
