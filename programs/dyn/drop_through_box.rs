// Dropping a `Box<dyn Trait>` runs the concrete type's drop glue (its Drop impl, then its fields),
// found through the vtable's first entry, and frees a block of the size the vtable records.
trait Speak {
    fn speak(&self) -> String;
}

struct Noisy {
    name: String,
}

struct Quiet;

struct Pair {
    left: Noisy,
    right: Noisy,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy {}", self.name);
    }
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair");
    }
}

impl Speak for Noisy {
    fn speak(&self) -> String {
        format!("I am {}", self.name)
    }
}

impl Speak for Quiet {
    fn speak(&self) -> String {
        String::from("...")
    }
}

impl Speak for Pair {
    fn speak(&self) -> String {
        format!("{} and {}", self.left.speak(), self.right.speak())
    }
}

fn noisy(name: &str) -> Box<dyn Speak> {
    Box::new(Noisy { name: name.to_string() })
}

fn main() {
    let a = noisy("a");
    let q: Box<dyn Speak> = Box::new(Quiet);
    let p: Box<dyn Speak> = Box::new(Pair { left: Noisy { name: String::from("l") }, right: Noisy { name: String::from("r") } });
    println!("{} / {} / {}", a.speak(), q.speak(), p.speak());
    let mut slot = noisy("first");
    println!("{}", slot.speak());
    slot = noisy("second");
    println!("{}", slot.speak());
    {
        let crowd: Vec<Box<dyn Speak>> = vec![noisy("v0"), Box::new(Quiet), noisy("v1")];
        println!("crowd of {}", crowd.len());
    }
    let keep = Noisy { name: String::from("captured") };
    let f: Box<dyn Fn() -> usize> = Box::new(move || keep.name.len());
    println!("closure says {}", f());
    drop(f);
    let n = Noisy { name: String::from("borrowed") };
    let r: &dyn Speak = &n;
    // `{:p}` of a trait object prints its data pointer and its vtable pointer (std's DynMetadata).
    let shown = format!("{:p}", r);
    println!("{}: {} {}", r.speak(), shown.starts_with("Pointer { addr: "), shown.contains(&format!("{:p}, metadata: DynMetadata(0x", &n)));
    drop(p);
    println!("end of main");
}
