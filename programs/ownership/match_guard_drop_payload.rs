// A by-value binding tested by a match guard is a reference to the matched place while the guard runs
// (rustc's guard bindings): it owns nothing, so its end is no drop of the payload and the arm's move
// out of the scrutinee after the guard conflicts with no borrow, even when the payload has a Drop impl.
struct Ticket(u32);
impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.0);
    }
}
enum Slot {
    Taken(Ticket),
    Free,
}
fn main() {
    for slot in [Slot::Taken(Ticket(7)), Slot::Taken(Ticket(2)), Slot::Free] {
        match slot {
            Slot::Taken(t) if t.0 > 5 => println!("high {}", t.0),
            Slot::Taken(t) => println!("low {}", t.0),
            Slot::Free => println!("free"),
        }
    }
    let maybe = Some(Ticket(9));
    match maybe {
        Some(t) if t.0 % 3 == 0 => println!("multiple of three {}", t.0),
        other => println!("other {}", other.is_some()),
    }
    println!("end");
}
