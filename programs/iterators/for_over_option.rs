// `for` over an Option (std's IntoIterator for Option<T>): the body runs once for Some, never for None,
// and the loop owns the value (dropped after the body, or when a `break` leaves it); over `&opt` and
// `&mut opt` it borrows the value.
struct Ticket(u32);

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("drop ticket {}", self.0);
    }
}

fn first_even(v: &[u32]) -> Option<u32> {
    v.iter().copied().find(|x| x % 2 == 0)
}

#[allow(for_loops_over_fallibles)]
fn main() {
    for x in Some(5) {
        println!("some {}", x);
    }
    for x in first_even(&[3, 7, 9]) {
        println!("never {}", x);
    }
    for x in first_even(&[3, 8, 9]) {
        println!("even {}", x);
    }
    let held = Some(Ticket(1));
    for t in held {
        println!("holding {}", t.0);
    }
    for _t in Some(Ticket(2)) {
        println!("breaking");
        break;
    }
    let extra: Option<u32> = Some(30);
    let all: Vec<u32> = vec![10, 20].into_iter().chain(extra).chain(None.into_iter()).collect();
    println!("{:?}", all);
    let name = Some(String::from("ann"));
    for n in &name {
        println!("borrowed {} {}", n, n.len());
    }
    let mut count: Option<u64> = Some(4);
    for c in &mut count {
        *c += 1;
    }
    let nothing: Option<(i32, char)> = None;
    for x in &nothing {
        println!("never {:?}", x);
    }
    println!("{:?} {:?}", name, count);
    println!("end");
}
