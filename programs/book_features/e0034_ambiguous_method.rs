trait Pilot {
    fn fly(&self) -> u32;
}

trait Wizard {
    fn fly(&self) -> u32;
}

struct Human;

impl Pilot for Human {
    fn fly(&self) -> u32 {
        1
    }
}

impl Wizard for Human {
    fn fly(&self) -> u32 {
        2
    }
}

fn main() {
    let h = Human;
    println!("{}", h.fly()); //~ ERROR E0034
}
