// A MutexGuard formats as the value it guards ({:?} and {} with their options), as std's does.
use std::sync::Mutex;
fn main() { let m = Mutex::new(vec![5]); m.lock().unwrap().push(6); println!("{:?} {:>4}|", m.lock().unwrap(), Mutex::new(7).lock().unwrap()); }
