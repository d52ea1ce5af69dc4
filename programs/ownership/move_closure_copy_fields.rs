// Edition 2021 captures places, not variables: a `move` closure that uses only `Copy` fields of a
// variable copies those fields in and leaves the variable with its owner, which drops it at its own
// scope end (not when the closure is dropped) and may still use it. A closure that names a non-Copy
// part of a Drop type takes the whole variable.
struct Sensor {
    id: u32,
    label: &'static str,
    log: String,
}
impl Drop for Sensor {
    fn drop(&mut self) {
        println!("drop sensor {}", self.label);
    }
}
fn main() {
    let first = Sensor { id: 1, label: "first", log: String::from("l1") };
    let second = Sensor { id: 2, label: "second", log: String::from("l2") };
    let peek = move || println!("peek {} {}", first.id, first.label);
    peek();
    drop(peek);
    println!("closure gone, {} still here with {}", first.label, first.log);
    let owner = move || println!("owner has {}", second.log);
    owner();
    drop(owner);
    println!("second went with its closure");
    let third = Sensor { id: 3, label: "third", log: String::new() };
    let mut next_id = move || {
        let mut n = third.id;
        n += 10;
        n
    };
    println!("{} {}", next_id(), third.id);
    println!("end of main");
}
