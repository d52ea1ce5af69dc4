// A counter changed in a loop and through a reference, watched.
fn bump(c: &mut u64, by: u64) {
    *c += by;
}

fn main() {
    let mut count: u64 = 0;
    let mut i = 0;
    while i < 3 {
        i += 1;
        if i % 2 == 1 {
            bump(&mut count, 10);
        }
    }
    println!("count {}", count);
}
