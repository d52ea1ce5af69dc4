//@ check-fail
// Drop::drop runs only when the value goes away; calling it by hand is refused (std::mem::drop is the way).
struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("g") };
    g.drop(); //~ ERROR explicit use of destructor method
    let h = Guard { name: String::from("h") };
    drop(h);
}
