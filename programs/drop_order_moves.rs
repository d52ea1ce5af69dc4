// Drops follow ownership: a value moved into a function is dropped when that function returns;
// a conditionally moved value is dropped at scope end only if it was not moved (a drop flag);
// an overwritten value is dropped at the assignment; std::mem::drop drops at once.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn consume(x: Loud) {
    println!("consume got {}", x.0);
}

fn maybe(give: bool) {
    let x = Loud(if give { "given" } else { "kept" });
    if give {
        consume(x);
    }
    println!("end of maybe({})", give);
}

fn main() {
    consume(Loud("argument"));
    maybe(true);
    maybe(false);
    let mut slot = Loud("old");
    slot = Loud("new");
    println!("assigned {}", slot.0);
    let early = Loud("early");
    drop(early);
    println!("after drop(early)");
    let _temp_len = Loud("temporary").0.len();
    println!("temporary already dropped");
}
