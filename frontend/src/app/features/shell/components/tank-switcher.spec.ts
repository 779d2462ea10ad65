import { TestBed } from '@angular/core/testing';
import { tankFactory } from '../../../../testing/factories';
import { TankSwitcher } from './tank-switcher';

describe('TankSwitcher', () => {
  const tanks = [
    tankFactory({ tankId: 'reef', name: 'Display reef' }),
    tankFactory({ tankId: 'frag', name: 'Frag tank' }),
  ];

  it('lists the tanks under a label and marks the selected one', async () => {
    const fixture = TestBed.createComponent(TankSwitcher);
    fixture.componentRef.setInput('tanks', tanks);
    fixture.componentRef.setInput('selectedTankId', 'frag');
    await fixture.whenStable();

    const select: HTMLSelectElement = fixture.nativeElement.querySelector('select#tank-switcher');
    expect(fixture.nativeElement.querySelector('label[for="tank-switcher"]')).not.toBeNull();
    expect([...select.options].map((option) => option.text.trim())).toEqual([
      'Display reef',
      'Frag tank',
    ]);
    expect(select.value).toBe('frag');
  });

  it('reports the tank the keeper picks', async () => {
    const fixture = TestBed.createComponent(TankSwitcher);
    fixture.componentRef.setInput('tanks', tanks);
    fixture.componentRef.setInput('selectedTankId', 'reef');
    await fixture.whenStable();
    const picked = vi.fn();
    fixture.componentInstance.tankSelected.subscribe(picked);

    const select: HTMLSelectElement = fixture.nativeElement.querySelector('select');
    select.value = 'frag';
    select.dispatchEvent(new Event('change'));

    expect(picked).toHaveBeenCalledWith('frag');
  });

  it('says so when there are no tanks', async () => {
    const fixture = TestBed.createComponent(TankSwitcher);
    fixture.componentRef.setInput('tanks', []);
    fixture.componentRef.setInput('selectedTankId', null);
    await fixture.whenStable();

    expect(fixture.nativeElement.textContent).toContain('No tanks yet');
    expect(fixture.nativeElement.querySelector('select')).toBeNull();
  });
});
