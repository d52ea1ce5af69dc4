// A value is freed when the scope that owns it ends; Drop shows the moment.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let _outer = Noisy { name: String::from("outer") };
    {
        let _inner = Noisy { name: String::from("inner") };
        println!("inner scope ends here"); // @dump inner scope
    }
    println!("main ends here");
}
