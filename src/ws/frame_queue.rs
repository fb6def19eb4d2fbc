//! The bounded queue between a connection's producers (read loop, worker,
//! closing detector) and its writer: the part of `tokio::sync::mpsc` the
//! outbox uses (reserve a slot, then send; receive; close), in about a tenth of
//! its memory. Every connection holds one for its whole life, idle or not, and
//! tokio's channel allocates a block of 32 slots and cache-padded counters up
//! front (about 1.4 KiB); this one is a locked `VecDeque` that grows with what
//! is queued (about 250 bytes for an idle connection).
//!
//! Slots are counted by a semaphore: a sender takes a permit before it sends,
//! the receiver gives it back when it takes the frame, so at most `capacity`
//! frames wait. Closing (or dropping) the receiver closes the semaphore: every
//! sender's reservation fails from then on.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::{Notify, Semaphore, TryAcquireError};

/// Why a slot could not be reserved at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TryReserveError {
    /// The receiver is closed or gone.
    Closed,
    /// Every slot is taken.
    Full,
}

/// The receiver is closed or gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Closed;

struct Shared<T> {
    queue: Mutex<Queue<T>>,
    /// Wakes the receiver: an item was queued or the last sender left.
    ready: Notify,
    /// Free slots.
    room: Semaphore,
}

struct Queue<T> {
    items: VecDeque<T>,
    senders: usize,
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, Queue<T>> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A queue of at most `capacity` items: its sending side (cloned by each
/// producer) and its receiving side.
pub(super) fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    let shared = Arc::new(Shared {
        queue: Mutex::new(Queue {
            items: VecDeque::new(),
            senders: 1,
        }),
        ready: Notify::new(),
        room: Semaphore::new(capacity),
    });
    let receiver = Receiver {
        shared: Arc::clone(&shared),
    };
    (Sender { shared }, receiver)
}

/// The sending side; the queue ends for the receiver when every clone is gone.
pub(super) struct Sender<T> {
    shared: Arc<Shared<T>>,
}

impl<T> std::fmt::Debug for Sender<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sender").finish_non_exhaustive()
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.shared.lock().senders += 1;
        Self {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let mut queue = self.shared.lock();
        queue.senders -= 1;
        if queue.senders == 0 {
            drop(queue);
            self.shared.ready.notify_one();
        }
    }
}

impl<T> Sender<T> {
    /// A slot now, if one is free.
    ///
    /// # Errors
    /// [`TryReserveError`]: every slot is taken, or the receiver is closed.
    pub(super) fn try_reserve(&self) -> Result<Permit<'_, T>, TryReserveError> {
        match self.shared.room.try_acquire() {
            Ok(permit) => {
                permit.forget();
                Ok(Permit { sender: self })
            }
            Err(TryAcquireError::NoPermits) => Err(TryReserveError::Full),
            Err(TryAcquireError::Closed) => Err(TryReserveError::Closed),
        }
    }

    /// A slot, waiting for one to be free; cancel-safe.
    ///
    /// # Errors
    /// [`Closed`] when the receiver is closed or gone.
    pub(super) async fn reserve(&self) -> Result<Permit<'_, T>, Closed> {
        let permit = self.shared.room.acquire().await.map_err(|_| Closed)?;
        permit.forget();
        Ok(Permit { sender: self })
    }
}

/// A reserved slot: [`Permit::send`] fills it; dropping it frees it.
pub(super) struct Permit<'a, T> {
    sender: &'a Sender<T>,
}

impl<T> Permit<'_, T> {
    /// Queues `item` in the reserved slot.
    pub(super) fn send(self, item: T) {
        let shared = &self.sender.shared;
        shared.lock().items.push_back(item);
        shared.ready.notify_one();
        // The slot is the item's now: the receiver frees it when it takes it.
        std::mem::forget(self);
    }
}

impl<T> Drop for Permit<'_, T> {
    fn drop(&mut self) {
        self.sender.shared.room.add_permits(1);
    }
}

/// The receiving side (the writer's).
pub(super) struct Receiver<T> {
    shared: Arc<Shared<T>>,
}

impl<T> Receiver<T> {
    /// The next item; `None` once every sender is gone and nothing is queued.
    /// Cancel-safe: an item is only taken when this returns it.
    pub(super) async fn recv(&mut self) -> Option<T> {
        loop {
            if let Some(next) = self.next_or_end() {
                return next;
            }
            self.shared.ready.notified().await;
        }
    }

    /// `Some(item)`, `Some(None)` at the end, `None` when it must wait.
    fn next_or_end(&self) -> Option<Option<T>> {
        let mut queue = self.shared.lock();
        if let Some(item) = queue.items.pop_front() {
            if queue.items.is_empty() {
                queue.items.shrink_to(IDLE_SLOTS);
            }
            drop(queue);
            self.shared.room.add_permits(1);
            return Some(Some(item));
        }
        (queue.senders == 0).then_some(None)
    }

    /// The next item if one is queued now.
    pub(super) fn try_recv(&mut self) -> Option<T> {
        self.next_or_end().flatten()
    }

    /// Refuses every reservation from now on; what is queued can still be taken.
    pub(super) fn close(&mut self) {
        self.shared.room.close();
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.shared.room.close();
    }
}

/// Slots an emptied queue keeps allocated (a burst's are given back).
const IDLE_SLOTS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn items_come_out_in_order_and_the_queue_ends_with_its_senders() {
        let (sender, mut receiver) = channel(2);
        let other = sender.clone();
        sender.try_reserve().unwrap().send(1);
        other.reserve().await.unwrap().send(2);
        assert_eq!(
            sender.try_reserve().err(),
            Some(TryReserveError::Full),
            "two slots"
        );
        assert_eq!(receiver.recv().await, Some(1));
        sender.try_reserve().unwrap().send(3);
        drop((sender, other));
        assert_eq!(receiver.recv().await, Some(2));
        assert_eq!(receiver.recv().await, Some(3));
        assert_eq!(receiver.recv().await, None);
    }

    #[tokio::test]
    async fn a_waiting_sender_gets_the_slot_the_receiver_frees() {
        let (sender, mut receiver) = channel(1);
        sender.try_reserve().unwrap().send("first");
        let waiting = tokio::spawn(async move {
            sender.reserve().await.unwrap().send("second");
        });
        assert_eq!(receiver.recv().await, Some("first"));
        waiting.await.unwrap();
        assert_eq!(receiver.recv().await, Some("second"));
    }

    #[tokio::test]
    async fn a_closed_receiver_refuses_reservations_and_keeps_what_is_queued() {
        let (sender, mut receiver) = channel(4);
        sender.try_reserve().unwrap().send(7);
        let unused = sender.try_reserve().unwrap();
        drop(unused);
        receiver.close();
        assert_eq!(sender.try_reserve().err(), Some(TryReserveError::Closed));
        assert_eq!(sender.reserve().await.err(), Some(Closed));
        assert_eq!(receiver.try_recv(), Some(7));
        assert_eq!(receiver.try_recv(), None);
    }

    #[tokio::test]
    async fn a_dropped_receiver_closes_the_queue() {
        let (sender, receiver) = channel::<u8>(4);
        drop(receiver);
        assert_eq!(sender.try_reserve().err(), Some(TryReserveError::Closed));
    }
}
