// std::sync::Mutex in one thread: lock() gives a guard that derefs (and derefs mutably) to the value
// and unlocks when dropped; Debug shows the value, or <locked> while a guard is alive. The sizes are
// std's: the futex word and poison flag come first, the value last.
use std::sync::{Mutex, MutexGuard};

fn main() {
    let m = Mutex::new(5);
    {
        let mut num = m.lock().unwrap();
        *num = 6;
        *num += 1;
        println!("inside: {} {:?}", *num, m);
    }
    println!("m = {m:?}");

    let names = Mutex::new(String::from("a"));
    {
        let mut g: MutexGuard<String> = names.lock().unwrap();
        g.push_str("bc");
        println!("{} {}", g.len(), g.to_uppercase());
    }
    let again = names.lock().unwrap();
    println!("{}", *again);
    drop(again);
    println!("{:?} {}", names, names.is_poisoned());
    println!("{}", names.into_inner().unwrap());

    println!("{} {} {} {}", std::mem::size_of::<Mutex<i32>>(), std::mem::size_of::<Mutex<u8>>(),
        std::mem::size_of::<Mutex<String>>(), std::mem::size_of::<MutexGuard<u64>>());
}
