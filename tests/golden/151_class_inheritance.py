# Single inheritance: overriding, super(), isinstance, class attribute lookup.
class Animal:
    kingdom = "animalia"
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name}) - {self.speak()}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def fetch(self):
        return f"{self.name} fetches"
class Puppy(Dog):
    sound = "yip"
    def speak(self):
        return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def describe(self):
        base = Animal.describe(self)
        return base.upper()
animals = [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug"), Cat("tom")]
for a in animals:
    print(a.describe())
print([isinstance(a, Dog) for a in animals], [type(a).__name__ for a in animals])
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), Puppy.__bases__, Dog.__base__.__name__)
print(Puppy("p", "x").kingdom, Puppy.kingdom, Puppy("p", "x").fetch(), Puppy("z", "y").breed)
try:
    Cat("c").fetch()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog("only name")
except TypeError as e:
    print("TypeError:", e)
class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Derived(Base):
    def step2(self):
        return "derived2"
print(Base().template(), Derived().template())
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for s in [Sq(3), Shape()]:
    try:
        print(s.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
Animal.sound = "changed"
print(Animal("a").speak(), Dog("d", "b").speak())
print([c.__name__ for c in Puppy.__mro__])
